/** Finish-to-start (the successor starts after the predecessor ends) or start-to-start (after it starts). */
export type LinkType = 'FS' | 'SS';

/** A dependency on the activity `key`, with a lag in whole weeks (0 or more). */
export interface Link {
  key: string;
  type: LinkType;
  lagWeeks: number;
}

/**
 * One activity of a plan's schedule. Durations and lags are whole weeks (0 = a milestone): the Taskforce schema
 * plans in weeks, and whole numbers keep the critical path exact. Only actual dates and calendar dates fall
 * between weeks.
 */
export interface ScheduleActivity {
  key: string;
  name: string;
  phase: string;
  durationWeeks: number;
  dependsOn: Link[];
  party?: string | null;
  roles?: string[];
  milestone?: boolean;
  /** A calendar in `ScheduleOptions.calendars` (e.g. 'council'): the activity starts on its next date. */
  calendar?: string | null;
  /** ISO dates of what actually happened (issue 4, item 7); an actual end needs an actual start. */
  actualStart?: string | null;
  actualEnd?: string | null;
}

export interface ScheduleOptions {
  /** ISO date of week 0. */
  start: string;
  /** ISO date progress is measured at: unfinished work is not planned before it. */
  today?: string | null;
  /** Sorted ISO dates per calendar, e.g. `{ council: ['2027-01-28', …] }` for the council's meetings. */
  calendars?: Readonly<Record<string, readonly string[]>>;
  /**
   * The calendar a milestone without its own `calendar` follows (e.g. the days outside holiday periods, so a
   * board decision never falls in the summer recess). Absent: such milestones follow no calendar.
   */
  milestoneCalendar?: string;
}

/** How a calendar moved an activity: from its earliest start to the calendar date (null: none known). */
export interface CalendarSnap {
  calendar: string;
  earliest: string;
  date: string | null;
}

export interface ScheduledActivity extends ScheduleActivity {
  /** Weeks from the project start; fractional only through actual or calendar dates. */
  startWeek: number;
  endWeek: number;
  start: string;
  end: string;
  critical: boolean;
  totalFloatWeeks: number;
  snap: CalendarSnap | null;
}

export interface ScheduleOk {
  ok: true;
  /** In the order they were given. */
  activities: ScheduledActivity[];
  start: string;
  end: string;
  durationWeeks: number;
  /** Keys of one chain of critical activities, each tightly linked to the next, ending at the project end. */
  criticalPath: string[];
}

export type InvalidField =
  | 'start'
  | 'today'
  | 'calendars'
  | 'durationWeeks'
  | 'lagWeeks'
  | 'actualStart'
  | 'actualEnd';

export type ScheduleError =
  | { ok: false; error: 'cycle'; cycle: { key: string; name: string }[]; message: string }
  | { ok: false; error: 'unknownDependency'; activity: string; dependency: string; message: string }
  | { ok: false; error: 'duplicateKey'; activity: string; message: string }
  | { ok: false; error: 'invalidValue'; activity: string | null; field: InvalidField; message: string };

export type ScheduleResult = ScheduleOk | ScheduleError;
