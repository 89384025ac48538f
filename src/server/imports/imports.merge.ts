import type { TPlanInput } from '../../core/programme';
import type { ImportPlan } from './plan-table-row';
import { FIRST_YEAR, LAST_YEAR } from './planmonitor-layout';

/** The fields of a stored plan that an import may change; everything else (location, parties, …) is kept. */
type Imported = ImportPlan & Partial<Pick<TPlanInput, 'planType' | 'bottlenecks' | 'visibility' | 'notes'>>;

function totalsBySegment(lines: readonly { segment: string; homes: number }[]): string {
  const totals = new Map<string, number>();
  for (const line of lines) totals.set(line.segment, (totals.get(line.segment) ?? 0) + line.homes);
  return [...totals.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([segment, homes]) => `${segment}:${homes}`)
    .join(',');
}

/**
 * The segment lines after an import: the stored lines (with their floor areas, rents and prices) when the file
 * has the same homes per segment, else the file's lines; an import never erases detail it does not carry.
 */
export function mergeSegments(
  current: TPlanInput['segments'],
  imported: ImportPlan['segments'],
): TPlanInput['segments'] {
  return totalsBySegment(current) === totalsBySegment(imported) ? current : imported;
}

function sumWhere(lines: readonly { year: number; homes: number }[], keep: (year: number) => boolean) {
  return lines.reduce((sum, line) => (keep(line.year) ? sum + line.homes : sum), 0);
}

/**
 * Deliveries after a Planmonitor Wonen import. The layout has year columns 2024–2043 only: earlier deliveries
 * come back as "Gerealiseerd" (read as 2023) and later ones in 2043. Where such an edge bucket holds the same
 * number of homes as the stored plan's deliveries in that range, the stored years are kept, so a round trip
 * (export, import) changes nothing.
 */
export function mergeEdgeDeliveries(
  current: TPlanInput['deliveries'],
  imported: TPlanInput['deliveries'],
): TPlanInput['deliveries'] {
  const before = (year: number) => year < FIRST_YEAR;
  const after = (year: number) => year >= LAST_YEAR;
  const middle = imported.filter((line) => !before(line.year) && !after(line.year));
  const edge = (inRange: (year: number) => boolean) =>
    sumWhere(current, inRange) === sumWhere(imported, inRange)
      ? current.filter((line) => inRange(line.year))
      : imported.filter((line) => inRange(line.year));
  return [...edge(before), ...middle, ...edge(after)].sort((a, b) => a.year - b.year);
}

/**
 * Deliveries after a plan-table import: a row gives at most one delivery year for all homes. Without one, the
 * stored deliveries stay when they still add up to the plan's homes; otherwise the plan has no delivery years.
 */
export function mergeTableDeliveries(
  current: TPlanInput['deliveries'],
  imported: TPlanInput['deliveries'],
  homes: number,
): TPlanInput['deliveries'] {
  if (imported.length > 0) return imported;
  return sumWhere(current, () => true) === homes ? current : [];
}

/** A stored plan with an imported row or sheet laid over it. */
export function mergeImported(
  current: TPlanInput,
  imported: Imported,
  source: 'planTable' | 'planmonitor',
): TPlanInput {
  const segments = mergeSegments(current.segments, imported.segments);
  const homes = segments.reduce((sum, line) => sum + line.homes, 0);
  const deliveries =
    source === 'planmonitor'
      ? mergeEdgeDeliveries(current.deliveries, imported.deliveries)
      : mergeTableDeliveries(current.deliveries, imported.deliveries, homes);
  const merged: TPlanInput = {
    ...current,
    name: imported.name,
    municipalityCode: imported.municipalityCode,
    phase: imported.phase,
    planningStatus: imported.planningStatus,
    segments,
    deliveries,
  };
  if (source === 'planmonitor') {
    merged.planType = imported.planType ?? null;
    merged.bottlenecks = imported.bottlenecks ?? [];
    merged.visibility = imported.visibility ?? current.visibility;
    merged.notes = imported.notes ?? null;
  }
  return merged;
}

/** Key order and absent-versus-null do not count as a change. */
function normalise(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(normalise);
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value)
        .filter(([, v]) => v !== null && v !== undefined)
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([k, v]) => [k, normalise(v)]),
    );
  }
  return value;
}

/** Whether an import leaves a plan as it was. */
export function samePlan(a: TPlanInput, b: TPlanInput): boolean {
  return JSON.stringify(normalise(a)) === JSON.stringify(normalise(b));
}
