/**
 * National price limits per year (data/national-limits.json, each figure with its source):
 * the social rent ceiling, the middle rent ceiling (Wet betaalbare huur, from 1 July 2024) and the
 * affordable purchase limit. A null limit means no public figure for that year.
 */
export interface NationalLimits {
  year: number;
  socialRentCeilingEur: number | null;
  midRentCeilingEur: number | null;
  affordableBuyLimitEur: number | null;
}

/**
 * The limits in force in `year`: that year's row, or else the latest earlier year that has one.
 * @example findLimitsForYear([{ year: 2025, … }], 2027)?.year // 2025
 */
export function findLimitsForYear(limits: readonly NationalLimits[], year: number): NationalLimits | null {
  let best: NationalLimits | null = null;
  for (const row of limits) {
    if (row.year <= year && (best === null || row.year > best.year)) best = row;
  }
  return best;
}

/** The year whose national limits apply to a plan: its first delivery year, else the current year. */
export function limitsYear(deliveries: readonly { year: number }[], now = new Date()): number {
  const years = deliveries.map((line) => line.year).filter((year) => Number.isInteger(year));
  return years.length ? Math.min(...years) : now.getUTCFullYear();
}
