import { describe, expect, test } from 'vitest';
import { EMPTY_DRAFT, FIELD_IDS, toChanges, toDraft, type WhatIfDraft } from './what-if-form';

describe('the what-if form', () => {
  test('switched-on changes become the request; a round trip through toDraft keeps them', () => {
    const draft: WhatIfDraft = {
      ...EMPTY_DRAFT,
      procedure: { on: true, value: 'outOfPlanPermit' },
      participation: { on: true, weeks: ' 8 ' },
      durations: [{ id: 1, activityKey: 'raadsvoorstel-omgevingsplan', deltaWeeks: '-4' }],
    };
    const { changes, errors } = toChanges(draft);
    expect(errors).toEqual({});
    expect(changes).toEqual([
      { kind: 'procedure', procedure: 'outOfPlanPermit' },
      { kind: 'participationRound', weeks: 8 },
      { kind: 'duration', activityKey: 'raadsvoorstel-omgevingsplan', deltaWeeks: -4 },
    ]);
    expect(toChanges(toDraft(changes)).changes).toEqual(changes);
  });

  test('each wrong field gets its own Dutch message; nothing chosen is an error too', () => {
    const { changes, errors } = toChanges({
      ...EMPTY_DRAFT,
      participation: { on: true, weeks: '2,5' },
      durations: [
        { id: 1, activityKey: '', deltaWeeks: '4' },
        { id: 2, activityKey: 'ontwerp', deltaWeeks: '0' },
        { id: 3, activityKey: 'realisatie', deltaWeeks: '6' },
        { id: 4, activityKey: 'realisatie', deltaWeeks: '2' },
      ],
    });
    expect(changes).toEqual([{ kind: 'duration', activityKey: 'realisatie', deltaWeeks: 6 }]);
    expect(errors[FIELD_IDS.participation]).toMatch(/heel aantal weken/);
    expect(errors[FIELD_IDS.activity(1)]).toBe('Kies een activiteit.');
    expect(errors[FIELD_IDS.duration(2)]).toMatch(/niet 0/);
    expect(errors[FIELD_IDS.activity(4)]).toMatch(/staat er al/);
    expect(toChanges(EMPTY_DRAFT).errors[FIELD_IDS.changes]).toMatch(/minstens één wijziging/);
  });
});
