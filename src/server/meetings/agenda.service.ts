import { and, eq, gte, sql } from 'drizzle-orm';
import {
  chooseStepForTable,
  concludeStep,
  type DecisionOutcome,
  type Purpose,
} from '../../core/meetings/route';
import { toAmsterdam } from '../../core/meetings/time';
import { writeAudit } from '../audit/audit';
import type { Actor } from '../auth/actor';
import { visiblePlans } from '../auth/visibility';
import { findBottlenecks } from '../bottlenecks/bottlenecks.queries';
import type { Db, Tx } from '../db/client';
import { organisations, planReviews, plans } from '../db/schema';
import { actionItems, agendaItems, meetings, meetingTables, routeSteps } from '../db/schema-meetings';
import { AppError } from '../http/errors';
import { presentActionItem, presentAgendaItem } from './agenda.present';
import { assertManageMeetings } from './meetings.policy';
import { findActionItems, findMeetings, findProposals } from './meetings.queries';
import type {
  TAddAgendaItem,
  TCreateActionItem,
  TRecordDecision,
  TUpdateActionItem,
} from './meetings.schema';
import { loadRoute } from './proposals.service';

type Conn = Db | Tx;

function invalid(path: string, message: string): AppError {
  return new AppError('validation', 'Niet alle velden zijn goed ingevuld.', [{ path, message }]);
}

async function requireMeeting(db: Conn, actor: Actor, id: string) {
  const [row] = await findMeetings(db, actor.regionId, { id });
  if (!row) throw new AppError('notFound', 'Deze vergadering bestaat niet.');
  return row;
}

/** The agenda title of a subject the actor may see, or a 422 on `subjectId`. */
async function subjectTitle(db: Conn, actor: Actor, kind: TAddAgendaItem['subjectKind'], id: string) {
  const missing = () => invalid('subjectId', 'Dit onderwerp bestaat niet of je mag het niet zien.');
  // Everyone in the region reads an agenda, so a plan that is not visible to the whole region (and a bottleneck
  // about such a plan) never goes on one: its name and title would reach people who may not see the plan.
  const notRegional = () =>
    invalid(
      'subjectId',
      'Dit plan is niet voor de hele regio zichtbaar, een agenda wel. Vraag de eigenaar het plan regionaal zichtbaar te maken, of agendeer het als vrije tekst zonder vertrouwelijke gegevens.',
    );
  const planVisibility = async (planId: string) =>
    (await db.select({ visibility: plans.visibility }).from(plans).where(eq(plans.id, planId)))[0]
      ?.visibility;
  if (kind === 'bottleneck') {
    const [row] = await findBottlenecks(db, actor, { id });
    if (!row) throw missing();
    if (row.row.planId && (await planVisibility(row.row.planId)) !== 'region') throw notRegional();
    return `Knelpunt: ${row.row.title}`;
  }
  if (kind === 'proposal') {
    const [row] = await findProposals(db, actor.regionId, id);
    if (!row) throw missing();
    return `Voorstel ${row.reference}: ${row.title}`;
  }
  const [plan] =
    kind === 'review'
      ? await db
          .select({ name: plans.name, visibility: plans.visibility })
          .from(planReviews)
          .innerJoin(plans, eq(plans.id, planReviews.planId))
          .where(and(eq(plans.id, id), visiblePlans(actor)))
      : await db
          .select({ name: plans.name, visibility: plans.visibility })
          .from(plans)
          .where(and(eq(plans.id, id), visiblePlans(actor)));
  if (!plan) throw missing();
  if (plan.visibility !== 'region') throw notRegional();
  return kind === 'review' ? `Regionale toets: ${plan.name}` : `Plan: ${plan.name}`;
}

const SCHEDULE_PROBLEMS = {
  closed: 'Over dit voorstel is al besloten; het kan niet meer op een agenda voor zijn route.',
  alreadyScheduled: 'Dit voorstel staat al op de agenda van een vergadering van deze tafel.',
  noStep:
    'De route van dit voorstel heeft geen open behandeling aan deze tafel. Voeg die eerst toe aan de route.',
} as const;

/** POST /meetings/{id}/agenda-items: a proposal also links the step of its route at this table. */
export async function addAgendaItem({
  db,
  actor,
  meetingId,
  body,
}: {
  db: Db;
  actor: Actor;
  meetingId: string;
  body: TAddAgendaItem;
}) {
  assertManageMeetings(actor);
  const { meeting, tableName } = await requireMeeting(db, actor, meetingId);
  const title =
    body.title || (body.subjectId ? await subjectTitle(db, actor, body.subjectKind, body.subjectId) : '');
  if (body.subjectKind !== 'free' && body.subjectId && body.title) {
    await subjectTitle(db, actor, body.subjectKind, body.subjectId);
  }
  const itemId = await db.transaction(async (tx) => {
    let routeStepId: string | null = null;
    if (body.subjectKind === 'proposal' && body.subjectId) {
      if (!meeting.tableId)
        throw invalid('subjectId', 'Een voorstel gaat naar een vergadering van een overlegtafel.');
      const { steps, states } = await loadRoute(tx, body.subjectId);
      const choice = chooseStepForTable(states, meeting.tableId);
      if ('problem' in choice) throw new AppError('conflict', SCHEDULE_PROBLEMS[choice.problem]);
      routeStepId = steps[choice.index]?.step.id ?? null;
      if (routeStepId) {
        await tx
          .update(routeSteps)
          .set({ date: toAmsterdam(meeting.startsAt).date })
          .where(eq(routeSteps.id, routeStepId));
      }
    }
    const [last] = await tx
      .select({ max: sql<number>`coalesce(max(${agendaItems.position}), 0)::int` })
      .from(agendaItems)
      .where(eq(agendaItems.meetingId, meetingId));
    const id = body.subjectId;
    const [row] = await tx
      .insert(agendaItems)
      .values({
        meetingId,
        position: (last?.max ?? 0) + 1,
        title,
        description: body.description,
        subjectKind: body.subjectKind,
        proposalId: body.subjectKind === 'proposal' ? id : null,
        routeStepId,
        bottleneckId: body.subjectKind === 'bottleneck' ? id : null,
        planId: body.subjectKind === 'plan' || body.subjectKind === 'review' ? id : null,
      })
      .returning();
    if (!row) throw new Error('insert returned no row');
    await writeAudit(tx, actor, {
      action: 'create',
      entityType: 'agendaItem',
      entityId: row.id,
      summary: `"${title}" op de agenda van ${tableName ?? meeting.title} gezet`,
      after: body,
    });
    return row.id;
  });
  const [item] = await presentAgendaItemById(db, itemId);
  return {
    meeting: { id: meeting.id, title: meeting.title, startsAt: meeting.startsAt.toISOString() },
    item,
  };
}

async function presentAgendaItemById(db: Conn, id: string) {
  const rows = await db.select().from(agendaItems).where(eq(agendaItems.id, id));
  return rows.map(presentAgendaItem);
}

/** POST /tables/{id}/next-meeting/agenda-items: PutOnAgenda puts a thing on the table's next meeting. */
export async function putOnNextMeeting({
  db,
  actor,
  tableId,
  body,
}: {
  db: Db;
  actor: Actor;
  tableId: string;
  body: { subjectKind: 'proposal' | 'bottleneck' | 'review' | 'plan'; subjectId: string };
}) {
  assertManageMeetings(actor);
  const [table] = await db
    .select({ name: meetingTables.name })
    .from(meetingTables)
    .where(and(eq(meetingTables.id, tableId), eq(meetingTables.regionId, actor.regionId)));
  if (!table) throw invalid('tableId', 'Kies een overlegtafel van jouw regio.');
  const [next] = await db
    .select({ id: meetings.id })
    .from(meetings)
    .where(and(eq(meetings.tableId, tableId), gte(meetings.startsAt, new Date())))
    .orderBy(meetings.startsAt)
    .limit(1);
  if (!next) throw invalid('tableId', `Er is nog geen volgende vergadering van ${table.name} gepland.`);
  return addAgendaItem({
    db,
    actor,
    meetingId: next.id,
    body: { ...body, title: '', description: '' },
  });
}

async function requireAgendaItem(db: Conn, actor: Actor, id: string) {
  const [row] = await db
    .select({ item: agendaItems, meeting: meetings })
    .from(agendaItems)
    .innerJoin(meetings, eq(meetings.id, agendaItems.meetingId))
    .where(and(eq(agendaItems.id, id), eq(meetings.regionId, actor.regionId)));
  if (!row) throw new AppError('notFound', 'Dit agendapunt bestaat niet.');
  return row;
}

/** DELETE /agenda-items/{id}: only while no decision is recorded; a proposal's step is free again. */
export async function removeAgendaItem({ db, actor, id }: { db: Db; actor: Actor; id: string }) {
  assertManageMeetings(actor);
  const { item } = await requireAgendaItem(db, actor, id);
  if (item.decision !== null) {
    throw new AppError('conflict', 'Over dit agendapunt is al besloten; je kunt het niet meer weghalen.');
  }
  await db.transaction(async (tx) => {
    await tx.delete(agendaItems).where(eq(agendaItems.id, id));
    await writeAudit(tx, actor, {
      action: 'delete',
      entityType: 'agendaItem',
      entityId: id,
      summary: `"${item.title}" van de agenda gehaald`,
      before: item,
    });
  });
}

const CONCLUDE_PROBLEMS = {
  closed: 'Over dit voorstel is al besloten.',
  notCurrent: 'Dit voorstel moet eerst de eerdere behandelingen van zijn route doorlopen.',
  rejectNotDecide:
    'Alleen bij vaststellen kan een voorstel worden afgewezen; leg een negatief advies vast als conclusie.',
} as const;

const DEFAULT_CONCLUSION: Record<Purpose, string> = {
  advise: 'Geadviseerd',
  discuss: 'Besproken',
  decide: 'Vastgesteld',
};

function conclusionFor(purpose: Purpose, outcome: DecisionOutcome, given?: string): string {
  if (given) return given;
  if (outcome === 'postponed') return 'Aangehouden';
  if (outcome === 'rejected') return 'Niet vastgesteld';
  return DEFAULT_CONCLUSION[purpose];
}

/**
 * PUT /agenda-items/{id}/decision: the table's decision. On a proposal's item it concludes that route step and
 * the proposal moves to its next step (core/meetings/route.ts); such a decision is final.
 */
export async function recordDecision({
  db,
  actor,
  id,
  body,
}: {
  db: Db;
  actor: Actor;
  id: string;
  body: TRecordDecision;
}) {
  assertManageMeetings(actor);
  const { item, meeting } = await requireAgendaItem(db, actor, id);
  if (item.routeStepId && item.decision !== null) {
    throw new AppError('conflict', 'Het besluit over dit voorstel is al vastgelegd.');
  }
  const outcome = item.routeStepId ? (body.outcome ?? 'done') : null;
  await db.transaction(async (tx) => {
    const updated = await tx
      .update(agendaItems)
      .set({
        decision: body.decision,
        decisionOutcome: outcome,
        decidedAt: new Date(),
        decidedBy: actor.userId,
        version: body.version + 1,
      })
      .where(and(eq(agendaItems.id, id), eq(agendaItems.version, body.version)))
      .returning({ id: agendaItems.id });
    if (updated.length === 0) {
      throw new AppError(
        'conflict',
        'Iemand anders heeft dit besluit intussen vastgelegd. Laad de nieuwste versie.',
      );
    }
    let conclusion: string | null = null;
    if (item.routeStepId && item.proposalId && outcome) {
      const { steps, states } = await loadRoute(tx, item.proposalId);
      const index = steps.findIndex((s) => s.step.id === item.routeStepId);
      const step = steps[index]?.step;
      if (!step)
        throw new AppError('conflict', 'Deze behandeling staat niet meer in de route van het voorstel.');
      conclusion = conclusionFor(step.purpose as Purpose, outcome, body.conclusion);
      const result = concludeStep(states, index, { outcome, conclusion });
      if ('problem' in result) throw new AppError('conflict', CONCLUDE_PROBLEMS[result.problem]);
      await tx
        .update(routeSteps)
        .set({
          conclusion,
          outcome: outcome === 'postponed' ? null : outcome,
          concludedAt: outcome === 'postponed' ? null : new Date(),
          date: toAmsterdam(meeting.startsAt).date,
        })
        .where(eq(routeSteps.id, step.id));
    }
    await writeAudit(tx, actor, {
      action: 'update',
      entityType: 'agendaItem',
      entityId: id,
      summary: `Besluit over "${item.title}" vastgelegd${conclusion ? ` (${conclusion})` : ''}`,
      before: { decision: item.decision },
      after: { decision: body.decision, outcome, conclusion },
    });
  });
  const [presented] = await presentAgendaItemById(db, id);
  return presented;
}

/** GET /action-items: the region's action items, open first. */
export async function listActionItems({ db, actor, status }: { db: Conn; actor: Actor; status?: string }) {
  const rows = await findActionItems(db, actor.regionId, { status });
  return { items: rows.map(presentActionItem) };
}

async function checkOwner(db: Conn, actor: Actor, organisationId: string): Promise<string> {
  const [org] = await db
    .select({ name: organisations.name })
    .from(organisations)
    .where(and(eq(organisations.id, organisationId), eq(organisations.regionId, actor.regionId)));
  if (!org) throw invalid('ownerOrganisationId', 'Deze organisatie hoort niet bij jouw regio.');
  return org.name;
}

/** POST /meetings/{id}/action-items. */
export async function createActionItem({
  db,
  actor,
  meetingId,
  body,
}: {
  db: Db;
  actor: Actor;
  meetingId: string;
  body: TCreateActionItem;
}) {
  assertManageMeetings(actor);
  await requireMeeting(db, actor, meetingId);
  const owner = await checkOwner(db, actor, body.ownerOrganisationId);
  if (body.agendaItemId) {
    const { item } = await requireAgendaItem(db, actor, body.agendaItemId);
    if (item.meetingId !== meetingId)
      throw invalid('agendaItemId', 'Dit agendapunt hoort bij een andere vergadering.');
  }
  const id = await db.transaction(async (tx) => {
    const [row] = await tx
      .insert(actionItems)
      .values({ ...body, meetingId, updatedBy: actor.userId })
      .returning({ id: actionItems.id });
    if (!row) throw new Error('insert returned no row');
    await writeAudit(tx, actor, {
      action: 'create',
      entityType: 'actionItem',
      entityId: row.id,
      summary: `Actiepunt voor ${owner}: "${body.description}"`,
      after: body,
    });
    return row.id;
  });
  const [row] = await findActionItems(db, actor.regionId, { id });
  if (!row) throw new Error('action item vanished');
  return presentActionItem(row);
}

/** PATCH /action-items/{id}: status (open/done), text, owner, due date — with the version last read (409). */
export async function updateActionItem({
  db,
  actor,
  id,
  body,
}: {
  db: Db;
  actor: Actor;
  id: string;
  body: TUpdateActionItem;
}) {
  assertManageMeetings(actor);
  const [current] = await findActionItems(db, actor.regionId, { id });
  if (!current) throw new AppError('notFound', 'Dit actiepunt bestaat niet.');
  if (body.ownerOrganisationId) await checkOwner(db, actor, body.ownerOrganisationId);
  const { version, ...fields } = body;
  await db.transaction(async (tx) => {
    const doneAt = fields.status === undefined ? undefined : fields.status === 'done' ? new Date() : null;
    const updated = await tx
      .update(actionItems)
      .set({ ...fields, doneAt, version: version + 1, updatedAt: new Date(), updatedBy: actor.userId })
      .where(and(eq(actionItems.id, id), eq(actionItems.version, version)))
      .returning({ id: actionItems.id });
    if (updated.length === 0) {
      throw new AppError(
        'conflict',
        'Iemand anders heeft dit actiepunt intussen gewijzigd. Laad de nieuwste versie.',
      );
    }
    await writeAudit(tx, actor, {
      action: 'update',
      entityType: 'actionItem',
      entityId: id,
      summary: `Actiepunt "${current.item.description}" bijgewerkt`,
      before: { status: current.item.status, dueDate: current.item.dueDate },
      after: fields,
    });
  });
  const [row] = await findActionItems(db, actor.regionId, { id });
  if (!row) throw new Error('action item vanished');
  return presentActionItem(row);
}
