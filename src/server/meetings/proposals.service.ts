import { and, eq, inArray } from 'drizzle-orm';
import {
  locateProposal,
  PROPOSAL_STATUS_LABELS,
  PURPOSE_LABELS,
  type Purpose,
  type RouteStepState,
  validateRoute,
} from '../../core/meetings/route';
import { writeAudit } from '../audit/audit';
import type { Actor } from '../auth/actor';
import type { Db, Tx } from '../db/client';
import { meetingTables, proposals, routeSteps } from '../db/schema-meetings';
import { AppError, type FieldError } from '../http/errors';
import { assertManageMeetings, canManageMeetings } from './meetings.policy';
import { findProposals, findRouteSteps, findStepAgendaItems } from './meetings.queries';
import type { TProposalInput, TUpdateProposal } from './meetings.schema';

type Conn = Db | Tx;
type ProposalRow = Awaited<ReturnType<typeof findProposals>>[number];
type StepRow = Awaited<ReturnType<typeof findRouteSteps>>[number];
type StepItem = Awaited<ReturnType<typeof findStepAgendaItems>>[number];

/** The route as core/meetings/route.ts reasons about it: a step is scheduled while an undecided item treats it. */
export function toRouteStates(steps: StepRow[], items: StepItem[]): RouteStepState[] {
  return steps.map(({ step }) => ({
    id: step.id,
    tableId: step.tableId,
    purpose: step.purpose as Purpose,
    outcome: (step.outcome as RouteStepState['outcome']) ?? null,
    conclusion: step.conclusion,
    scheduled: items.some((item) => item.stepId === step.id && item.decision === null),
  }));
}

/** The route of one proposal, for the agenda service. */
export async function loadRoute(db: Conn, proposalId: string) {
  const steps = await findRouteSteps(db, [proposalId]);
  const items = await findStepAgendaItems(
    db,
    steps.map((s) => s.step.id),
  );
  return { steps, states: toRouteStates(steps, items) };
}

function presentProposal(row: ProposalRow, steps: StepRow[], items: StepItem[], actor: Actor) {
  const states = toRouteStates(steps, items);
  const position = locateProposal(states);
  return {
    id: row.id,
    reference: row.reference,
    title: row.title,
    contactRole: row.contactRole,
    contactUnit: row.contactUnit,
    date: row.date,
    distribute: row.distribute,
    points: row.points,
    explanation: row.explanation,
    attachments: row.attachments,
    source: row.source,
    demo: row.demo,
    version: row.version,
    status: position.status,
    statusLabel: PROPOSAL_STATUS_LABELS[position.status],
    currentStepIndex: position.currentIndex,
    routeSteps: steps.map(({ step, tableName }, index) => ({
      id: step.id,
      position: index + 1,
      date: step.date,
      tableId: step.tableId,
      tableName,
      purpose: step.purpose as Purpose,
      purposeLabel: PURPOSE_LABELS[step.purpose as Purpose],
      conclusion: step.conclusion,
      outcome: step.outcome,
      scheduled: states[index]?.scheduled ?? false,
      treatments: items
        .filter((item) => item.stepId === step.id)
        .map((item) => ({
          meetingId: item.meetingId,
          meetingTitle: item.meetingTitle,
          startsAt: item.startsAt.toISOString(),
          agendaItemId: item.agendaItemId,
          decision: item.decision,
        })),
    })),
    permissions: { canEdit: canManageMeetings(actor) },
  };
}

/** GET /proposals: every proposal of the region with its route and where it is. */
export async function listProposals({ db, actor, id }: { db: Conn; actor: Actor; id?: string }) {
  const rows = await findProposals(db, actor.regionId, id);
  const steps = await findRouteSteps(
    db,
    rows.map((r) => r.id),
  );
  const items = await findStepAgendaItems(
    db,
    steps.map((s) => s.step.id),
  );
  return {
    items: rows.map((row) =>
      presentProposal(
        row,
        steps.filter((s) => s.step.proposalId === row.id),
        items,
        actor,
      ),
    ),
  };
}

/** GET /proposals/{id}. */
export async function getProposal({ db, actor, id }: { db: Conn; actor: Actor; id: string }) {
  const [proposal] = (await listProposals({ db, actor, id })).items;
  if (!proposal) throw new AppError('notFound', 'Dit voorstel bestaat niet.');
  return proposal;
}

function invalid(errors: FieldError[]): AppError {
  return new AppError('validation', 'Niet alle velden zijn goed ingevuld.', errors);
}

/** Checks the route's shape and that its tables are the region's. */
async function checkRoute(tx: Conn, actor: Actor, body: TProposalInput) {
  const errors: FieldError[] = validateRoute(body.routeSteps).map((issue) => ({
    path: issue.index < 0 ? 'routeSteps' : `routeSteps.${issue.index}.purpose`,
    message: issue.message,
  }));
  const tableIds = [...new Set(body.routeSteps.map((s) => s.tableId))];
  const known = tableIds.length
    ? await tx
        .select({ id: meetingTables.id })
        .from(meetingTables)
        .where(and(eq(meetingTables.regionId, actor.regionId), inArray(meetingTables.id, tableIds)))
    : [];
  body.routeSteps.forEach((step, index) => {
    if (!known.some((t) => t.id === step.tableId)) {
      errors.push({
        path: `routeSteps.${index}.tableId`,
        message: 'Deze overlegtafel hoort niet bij jouw regio.',
      });
    }
  });
  if (errors.length) throw invalid(errors);
}

async function assertReferenceFree(tx: Conn, actor: Actor, reference: string, except?: string) {
  const [other] = await tx
    .select({ id: proposals.id })
    .from(proposals)
    .where(and(eq(proposals.regionId, actor.regionId), eq(proposals.reference, reference)));
  if (other && other.id !== except) {
    throw invalid([{ path: 'reference', message: 'Er is al een voorstel met dit kenmerk.' }]);
  }
}

function coverSheet(body: TProposalInput) {
  const { routeSteps: _route, ...fields } = body;
  return fields;
}

/** POST /proposals. */
export async function createProposal({ db, actor, body }: { db: Db; actor: Actor; body: TProposalInput }) {
  assertManageMeetings(actor);
  const id = await db.transaction(async (tx) => {
    await checkRoute(tx, actor, body);
    await assertReferenceFree(tx, actor, body.reference);
    const [row] = await tx
      .insert(proposals)
      .values({
        ...coverSheet(body),
        regionId: actor.regionId,
        createdBy: actor.userId,
        updatedBy: actor.userId,
      })
      .returning({ id: proposals.id });
    if (!row) throw new Error('insert returned no row');
    if (body.routeSteps.length) {
      await tx.insert(routeSteps).values(
        body.routeSteps.map((step, index) => ({
          proposalId: row.id,
          position: index + 1,
          tableId: step.tableId,
          date: step.date,
          purpose: step.purpose,
        })),
      );
    }
    await writeAudit(tx, actor, {
      action: 'create',
      entityType: 'proposal',
      entityId: row.id,
      summary: `Voorstel ${body.reference} "${body.title}" aangemaakt`,
      after: body,
    });
    return row.id;
  });
  return getProposal({ db, actor, id });
}

/** Concluded or scheduled steps cannot be dropped or changed; concluded steps stay ahead of open ones. */
function checkStepChanges(states: RouteStepState[], body: TUpdateProposal): FieldError[] {
  const errors: FieldError[] = [];
  for (const state of states) {
    const index = body.routeSteps.findIndex((s) => s.id === state.id);
    const input = body.routeSteps[index];
    const fixed = state.outcome !== null || state.scheduled;
    if (!fixed) continue;
    const reason = state.outcome !== null ? 'is al afgerond' : 'staat op een agenda';
    if (!input) {
      errors.push({ path: 'routeSteps', message: `Een behandeling die ${reason} kun je niet weghalen.` });
    } else if (input.tableId !== state.tableId || input.purpose !== state.purpose) {
      errors.push({
        path: `routeSteps.${index}.tableId`,
        message: `Deze behandeling ${reason}: tafel en doel liggen vast.`,
      });
    }
  }
  const concluded = body.routeSteps.map((s) => states.find((st) => st.id === s.id)?.outcome != null);
  if (concluded.some((done, i) => done && concluded.slice(0, i).includes(false))) {
    errors.push({
      path: 'routeSteps',
      message: 'Afgeronde behandelingen blijven vóór de open behandelingen.',
    });
  }
  return errors;
}

/** PUT /proposals/{id}: the cover sheet and the route, with the version last read (409 when stale). */
export async function updateProposal({
  db,
  actor,
  id,
  body,
}: {
  db: Db;
  actor: Actor;
  id: string;
  body: TUpdateProposal;
}) {
  assertManageMeetings(actor);
  const before = await getProposal({ db, actor, id });
  await db.transaction(async (tx) => {
    await checkRoute(tx, actor, body);
    await assertReferenceFree(tx, actor, body.reference, id);
    const { states } = await loadRoute(tx, id);
    const errors = checkStepChanges(states, body);
    if (errors.length) throw invalid(errors);
    const { version, ...input } = body;
    const updated = await tx
      .update(proposals)
      .set({ ...coverSheet(input), version: version + 1, updatedAt: new Date(), updatedBy: actor.userId })
      .where(and(eq(proposals.id, id), eq(proposals.version, version)))
      .returning({ id: proposals.id });
    if (updated.length === 0) {
      throw new AppError(
        'conflict',
        'Iemand anders heeft dit voorstel intussen gewijzigd. Laad de nieuwste versie.',
      );
    }
    const keep = body.routeSteps.flatMap((s) => (s.id && states.some((st) => st.id === s.id) ? [s.id] : []));
    const drop = states.filter((s) => !keep.includes(s.id)).map((s) => s.id);
    if (drop.length) await tx.delete(routeSteps).where(inArray(routeSteps.id, drop));
    for (const [index, stepId] of keep.entries()) {
      await tx
        .update(routeSteps)
        .set({ position: -1 - index })
        .where(eq(routeSteps.id, stepId));
    }
    for (const [index, step] of body.routeSteps.entries()) {
      const values = { position: index + 1, tableId: step.tableId, date: step.date, purpose: step.purpose };
      if (step.id && keep.includes(step.id)) {
        await tx.update(routeSteps).set(values).where(eq(routeSteps.id, step.id));
      } else {
        await tx.insert(routeSteps).values({ ...values, proposalId: id });
      }
    }
    await writeAudit(tx, actor, {
      action: 'update',
      entityType: 'proposal',
      entityId: id,
      summary: `Voorstel ${body.reference} "${body.title}" gewijzigd`,
      before,
      after: input,
    });
  });
  return getProposal({ db, actor, id });
}
