import { describe, expect, test } from 'vitest';
import {
  chooseStepForTable,
  concludeStep,
  locateProposal,
  type RouteStepState,
  validateRoute,
} from './route';

/** The route of memo DOC-24008845: Brede Kijk (adviseren), Directie-overleg (adviseren), PHO (bespreken), BO (vaststellen). */
function memoRoute(): RouteStepState[] {
  return [
    { id: 's1', tableId: 'breed', purpose: 'advise', outcome: null, conclusion: null, scheduled: false },
    { id: 's2', tableId: 'directie', purpose: 'advise', outcome: null, conclusion: null, scheduled: false },
    { id: 's3', tableId: 'pho', purpose: 'discuss', outcome: null, conclusion: null, scheduled: false },
    { id: 's4', tableId: 'bo', purpose: 'decide', outcome: null, conclusion: null, scheduled: false },
  ];
}

function schedule(steps: RouteStepState[], tableId: string): RouteStepState[] {
  const choice = chooseStepForTable(steps, tableId);
  if (!('index' in choice)) throw new Error(choice.problem);
  return steps.map((s, i) => (i === choice.index ? { ...s, scheduled: true } : s));
}

function conclude(
  steps: RouteStepState[],
  index: number,
  outcome: 'done' | 'postponed' | 'rejected',
  text: string,
) {
  const result = concludeStep(steps, index, { outcome, conclusion: text });
  if (!('steps' in result)) throw new Error(result.problem);
  return result;
}

test("acceptance: a proposal's route follows its meetings", () => {
  let steps = memoRoute();
  expect(locateProposal(steps)).toEqual({ status: 'inRoute', currentIndex: 0 });
  const expected = [
    ['breed', 'Positief', 1],
    ['directie', 'Positief', 2],
    ['pho', 'Besproken', 3],
  ] as const;
  for (const [table, conclusion, nextIndex] of expected) {
    steps = schedule(steps, table);
    const result = conclude(steps, nextIndex - 1, 'done', conclusion);
    steps = result.steps;
    expect(result.position).toEqual({ status: 'inRoute', currentIndex: nextIndex });
  }
  steps = schedule(steps, 'bo');
  const decided = conclude(steps, 3, 'done', 'Vastgesteld');
  expect(decided.position).toEqual({ status: 'decided', currentIndex: null });
  expect(decided.steps.map((s) => s.conclusion)).toEqual([
    'Positief',
    'Positief',
    'Besproken',
    'Vastgesteld',
  ]);
  expect(chooseStepForTable(decided.steps, 'bo')).toEqual({ problem: 'closed' });
});

describe('chooseStepForTable', () => {
  test.each([
    ['the current step at that table', 'breed', { index: 0 }],
    ['a later step may be planned ahead', 'bo', { index: 3 }],
    ['a table not on the route', 'omgeving', { problem: 'noStep' }],
  ])('%s', (_label, table, expected) => {
    expect(chooseStepForTable(memoRoute(), table)).toEqual(expected);
  });

  test('a step already on an agenda is not scheduled twice', () => {
    expect(chooseStepForTable(schedule(memoRoute(), 'bo'), 'bo')).toEqual({ problem: 'alreadyScheduled' });
  });

  test('a concluded step is not chosen again', () => {
    const { steps } = conclude(schedule(memoRoute(), 'breed'), 0, 'done', 'Positief');
    expect(chooseStepForTable(steps, 'breed')).toEqual({ problem: 'noStep' });
  });
});

describe('concludeStep', () => {
  test('a postponed step stays current, keeps its note and can be put on another agenda', () => {
    const result = conclude(schedule(memoRoute(), 'breed'), 0, 'postponed', 'Aangehouden');
    expect(result.position).toEqual({ status: 'inRoute', currentIndex: 0 });
    expect(result.steps[0]).toMatchObject({ outcome: null, conclusion: 'Aangehouden', scheduled: false });
    expect(chooseStepForTable(result.steps, 'breed')).toEqual({ index: 0 });
  });

  test('the route is followed in order: a later step cannot be concluded first', () => {
    expect(concludeStep(schedule(memoRoute(), 'bo'), 3, { outcome: 'done', conclusion: 'x' })).toEqual({
      problem: 'notCurrent',
    });
  });

  test('only the decide step can reject; rejection ends the route', () => {
    expect(concludeStep(memoRoute(), 0, { outcome: 'rejected', conclusion: 'Negatief' })).toEqual({
      problem: 'rejectNotDecide',
    });
    let steps = memoRoute();
    for (const i of [0, 1, 2]) steps = conclude(steps, i, 'done', 'ok').steps;
    expect(conclude(steps, 3, 'rejected', 'Niet vastgesteld').position).toEqual({
      status: 'rejected',
      currentIndex: null,
    });
  });
});

describe('validateRoute', () => {
  test.each([
    ['the memo route', ['advise', 'advise', 'discuss', 'decide'], []],
    ['empty', [], ['Geef minstens één behandeling op.']],
    ['ends without deciding', ['advise'], ['De laatste behandeling is een vaststelling.']],
    [
      'decides halfway',
      ['decide', 'discuss', 'decide'],
      ['Vaststellen is de laatste behandeling van de route.'],
    ],
  ] as const)('%s', (_label, purposes, messages) => {
    expect(validateRoute(purposes.map((purpose) => ({ purpose }))).map((i) => i.message)).toEqual(messages);
  });
});
