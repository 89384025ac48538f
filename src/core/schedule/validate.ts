import { parseIsoDay } from './dates';
import type { InvalidField, ScheduleActivity, ScheduleError, ScheduleOptions } from './types';

const isWholeWeeks = (value: number) => Number.isInteger(value) && value >= 0;

/** An invalidValue error on a field of an activity (null: of the options). */
export function invalid(
  activity: ScheduleActivity | null,
  field: InvalidField,
  message: string,
): ScheduleError {
  return { ok: false, error: 'invalidValue', activity: activity?.key ?? null, field, message };
}

/**
 * The first value the schedule cannot be computed from, as a Dutch message on its field, or null: whole weeks
 * of 0 or more, real ISO dates, an actual end only after an actual start.
 */
export function validateSchedule(
  activities: readonly ScheduleActivity[],
  options: ScheduleOptions,
): ScheduleError | null {
  if (parseIsoDay(options.start) === null)
    return invalid(null, 'start', 'De startdatum van de planning is geen geldige datum (JJJJ-MM-DD).');
  if (options.today != null && parseIsoDay(options.today) === null)
    return invalid(null, 'today', 'De peildatum is geen geldige datum (JJJJ-MM-DD).');
  for (const a of activities) {
    if (!isWholeWeeks(a.durationWeeks))
      return invalid(a, 'durationWeeks', `De duur van '${a.name}' is een heel aantal weken, 0 of meer.`);
    for (const link of a.dependsOn)
      if (!isWholeWeeks(link.lagWeeks))
        return invalid(
          a,
          'lagWeeks',
          `De wachttijd van '${a.name}' na '${link.key}' is een heel aantal weken, 0 of meer.`,
        );
    const error = validateActuals(a);
    if (error) return error;
  }
  return null;
}

function validateActuals(a: ScheduleActivity): ScheduleError | null {
  const start = a.actualStart == null ? null : parseIsoDay(a.actualStart);
  if (a.actualStart != null && start === null)
    return invalid(
      a,
      'actualStart',
      `De werkelijke start van '${a.name}' is geen geldige datum (JJJJ-MM-DD).`,
    );
  if (a.actualEnd == null) return null;
  const end = parseIsoDay(a.actualEnd);
  if (end === null)
    return invalid(
      a,
      'actualEnd',
      `Het werkelijke einde van '${a.name}' is geen geldige datum (JJJJ-MM-DD).`,
    );
  if (start === null)
    return invalid(
      a,
      'actualStart',
      `'${a.name}' heeft een werkelijk einde; vul ook de werkelijke start in.`,
    );
  if (end < start)
    return invalid(a, 'actualEnd', `Het werkelijke einde van '${a.name}' ligt vóór de werkelijke start.`);
  return null;
}
