/** Status of progress against a target, always shown with its text (ux.md: never colour alone). */
export type ProgressTone = 'ok' | 'risk' | 'behind';
export const PROGRESS_LABELS: Record<ProgressTone, string> = {
  ok: 'op koers',
  risk: 'risico',
  behind: 'achter',
};

/**
 * Delivered homes against a straight path to the target over its period (inclusive years):
 * at or above the path is on track, within 15% below it is a risk, further below is behind.
 * @example progressTone(1000, 7000, { start: 2022, end: 2030 }, new Date('2023-01-01')) // 'ok'
 */
export function progressTone(
  delivered: number,
  target: number | null,
  period: { start: number; end: number },
  now: Date,
): ProgressTone | null {
  if (!target) return null;
  const years = period.end - period.start + 1;
  const elapsed = Math.min(years, Math.max(0, now.getFullYear() - period.start + now.getMonth() / 12));
  const expected = (target * elapsed) / years;
  if (expected === 0 || delivered >= expected) return 'ok';
  if (delivered >= expected * 0.85) return 'risk';
  return 'behind';
}
