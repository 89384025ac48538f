import type { ScheduleChange } from './what-if-api';

/** The what-if form as typed: every change can be switched on; numbers stay text until checked. */
export interface WhatIfDraft {
  procedure: { on: boolean; value: 'zoningPlanChange' | 'outOfPlanPermit' | 'buildingPermit' };
  preparation: { on: boolean; value: 'sequential' | 'parallel' };
  participation: { on: boolean; weeks: string };
  durations: { id: number; activityKey: string; deltaWeeks: string }[];
}

export const EMPTY_DRAFT: WhatIfDraft = {
  procedure: { on: false, value: 'outOfPlanPermit' },
  preparation: { on: false, value: 'parallel' },
  participation: { on: false, weeks: '8' },
  durations: [],
};

/** Field ids, so an error links to its field. */
export const FIELD_IDS = {
  participation: 'watals-participatie-weken',
  duration: (id: number) => `watals-duur-${id}`,
  activity: (id: number) => `watals-activiteit-${id}`,
  changes: 'watals-wijzigingen',
} as const;

/** A whole number of weeks in [min, max] typed as text ("-4" and " 8 " allowed), or null. */
function wholeWeeks(text: string, min: number, max: number): number | null {
  const trimmed = text.trim();
  if (!/^-?\d+$/.test(trimmed)) return null;
  const value = Number(trimmed);
  return value >= min && value <= max ? value : null;
}

/** The changes the form describes, or the errors per field id (Dutch, as shown next to the field). */
export function toChanges(draft: WhatIfDraft): { changes: ScheduleChange[]; errors: Record<string, string> } {
  const changes: ScheduleChange[] = [];
  const errors: Record<string, string> = {};
  if (draft.procedure.on) changes.push({ kind: 'procedure', procedure: draft.procedure.value });
  if (draft.preparation.on) changes.push({ kind: 'preparation', preparation: draft.preparation.value });
  if (draft.participation.on) {
    const weeks = wholeWeeks(draft.participation.weeks, 1, 104);
    if (weeks === null)
      errors[FIELD_IDS.participation] = 'Vul een heel aantal weken in, van 1 tot en met 104.';
    else changes.push({ kind: 'participationRound', weeks });
  }
  const seen = new Set<string>();
  for (const row of draft.durations) {
    if (!row.activityKey) {
      errors[FIELD_IDS.activity(row.id)] = 'Kies een activiteit.';
      continue;
    }
    if (seen.has(row.activityKey)) {
      errors[FIELD_IDS.activity(row.id)] = 'Deze activiteit staat er al; pas daar het aantal weken aan.';
      continue;
    }
    seen.add(row.activityKey);
    const weeks = wholeWeeks(row.deltaWeeks, -260, 260);
    if (weeks === null || weeks === 0) {
      errors[FIELD_IDS.duration(row.id)] =
        'Vul een heel aantal weken in: positief is langer, negatief korter (niet 0).';
    } else changes.push({ kind: 'duration', activityKey: row.activityKey, deltaWeeks: weeks });
  }
  if (changes.length === 0 && Object.keys(errors).length === 0) {
    errors[FIELD_IDS.changes] = 'Kies minstens één wijziging om door te rekenen.';
  }
  return { changes, errors };
}

/** The form filled from saved changes (to compute a scenario again). */
export function toDraft(changes: readonly ScheduleChange[]): WhatIfDraft {
  const draft: WhatIfDraft = structuredClone(EMPTY_DRAFT);
  changes.forEach((change, index) => {
    if (change.kind === 'procedure') draft.procedure = { on: true, value: change.procedure };
    if (change.kind === 'preparation') draft.preparation = { on: true, value: change.preparation };
    if (change.kind === 'participationRound') draft.participation = { on: true, weeks: String(change.weeks) };
    if (change.kind === 'duration')
      draft.durations.push({
        id: index + 1,
        activityKey: change.activityKey,
        deltaWeeks: String(change.deltaWeeks),
      });
  });
  return draft;
}
