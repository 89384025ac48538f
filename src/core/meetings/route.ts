/**
 * A proposal's decision route ("behandeling"): the tables it passes, each with a purpose, in order. The cover
 * sheet of the region (memo DOC-24008845) lists them as "Overleg · Doel · Conclusie"; a proposal is at the first
 * step without a conclusion, and is decided once its `decide` step ("vaststellen") is concluded.
 */

export const PURPOSES = ['advise', 'discuss', 'decide'] as const;
export type Purpose = (typeof PURPOSES)[number];

/** The memo's Dutch words for each purpose. */
export const PURPOSE_LABELS: Record<Purpose, string> = {
  advise: 'adviseren',
  discuss: 'bespreken',
  decide: 'vaststellen',
};

/** How a table concludes a step: done (moves on), postponed (stays open), rejected (decide steps only). */
export const DECISION_OUTCOMES = ['done', 'postponed', 'rejected'] as const;
export type DecisionOutcome = (typeof DECISION_OUTCOMES)[number];

export interface RouteStepState {
  id: string;
  tableId: string;
  purpose: Purpose;
  /** null while the step is open; `done` or `rejected` once concluded. */
  outcome: 'done' | 'rejected' | null;
  conclusion: string | null;
  /** Whether the step is on a meeting's agenda and not yet concluded there. */
  scheduled: boolean;
}

export const PROPOSAL_STATUSES = ['inRoute', 'decided', 'rejected', 'routeDone'] as const;
export type ProposalStatus = (typeof PROPOSAL_STATUSES)[number];

export const PROPOSAL_STATUS_LABELS: Record<ProposalStatus, string> = {
  inRoute: 'In behandeling',
  decided: 'Vastgesteld',
  rejected: 'Niet vastgesteld',
  routeDone: 'Route afgerond',
};

export interface RoutePosition {
  status: ProposalStatus;
  /** Index of the step the proposal is at; null when the route is over. */
  currentIndex: number | null;
}

/** Where a proposal is on its route. */
export function locateProposal(steps: readonly RouteStepState[]): RoutePosition {
  for (const [index, step] of steps.entries()) {
    if (step.outcome === 'rejected') return { status: 'rejected', currentIndex: null };
    if (step.outcome === 'done' && step.purpose === 'decide')
      return { status: 'decided', currentIndex: null };
    if (step.outcome === null) return { status: 'inRoute', currentIndex: index };
  }
  return { status: 'routeDone', currentIndex: null };
}

/** Why a route is not valid, in Dutch, per step index (or -1 for the whole route). */
export function validateRoute(steps: readonly Pick<RouteStepState, 'purpose'>[]): {
  index: number;
  message: string;
}[] {
  if (steps.length === 0) return [{ index: -1, message: 'Geef minstens één behandeling op.' }];
  const last = steps.length - 1;
  const issues = steps.flatMap((step, index) =>
    step.purpose === 'decide' && index !== last
      ? [{ index, message: 'Vaststellen is de laatste behandeling van de route.' }]
      : [],
  );
  if (steps[last]?.purpose !== 'decide') {
    issues.push({ index: last, message: 'De laatste behandeling is een vaststelling.' });
  }
  return issues;
}

export type ScheduleProblem = 'closed' | 'alreadyScheduled' | 'noStep';

/**
 * The step to link when the proposal is put on a meeting of `tableId`: the first open, unscheduled step at that
 * table (later steps may be planned ahead), or why there is none.
 */
export function chooseStepForTable(
  steps: readonly RouteStepState[],
  tableId: string,
): { index: number } | { problem: ScheduleProblem } {
  const { currentIndex } = locateProposal(steps);
  if (currentIndex === null) return { problem: 'closed' };
  const open = steps.slice(currentIndex).map((step, i) => ({ step, index: currentIndex + i }));
  const atTable = open.filter(({ step }) => step.tableId === tableId && step.outcome === null);
  const free = atTable.find(({ step }) => !step.scheduled);
  if (free) return { index: free.index };
  return { problem: atTable.length > 0 ? 'alreadyScheduled' : 'noStep' };
}

export type ConcludeProblem = 'closed' | 'notCurrent' | 'rejectNotDecide';

/**
 * Records a table's decision on a step and returns the new steps and position; the proposal moves on when the
 * step is done. Only the current step can be concluded: a route is followed in order.
 */
export function concludeStep(
  steps: readonly RouteStepState[],
  index: number,
  decision: { outcome: DecisionOutcome; conclusion: string },
): { steps: RouteStepState[]; position: RoutePosition } | { problem: ConcludeProblem } {
  const { currentIndex } = locateProposal(steps);
  if (currentIndex === null) return { problem: 'closed' };
  if (index !== currentIndex) return { problem: 'notCurrent' };
  const step = steps[index] as RouteStepState;
  if (decision.outcome === 'rejected' && step.purpose !== 'decide') return { problem: 'rejectNotDecide' };
  const next: RouteStepState =
    decision.outcome === 'postponed'
      ? { ...step, scheduled: false, conclusion: decision.conclusion }
      : { ...step, scheduled: false, outcome: decision.outcome, conclusion: decision.conclusion };
  const updated = steps.map((s, i) => (i === index ? next : s));
  return { steps: updated, position: locateProposal(updated) };
}
