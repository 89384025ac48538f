import { and, asc, desc, eq, gte, inArray, type SQL } from 'drizzle-orm';
import type { Db, Tx } from '../db/client';
import { organisations } from '../db/schema';
import {
  actionItems,
  agendaItems,
  meetings,
  meetingTables,
  proposals,
  routeSteps,
  tableMembers,
} from '../db/schema-meetings';

type Conn = Db | Tx;

/** The tables of a region, by name. */
export function findTables(db: Conn, regionId: string, id?: string) {
  const where = [eq(meetingTables.regionId, regionId)];
  if (id) where.push(eq(meetingTables.id, id));
  return db
    .select()
    .from(meetingTables)
    .where(and(...where))
    .orderBy(asc(meetingTables.name));
}

/** The members of the given tables, with their organisation's name. */
export function findMembers(db: Conn, tableIds: string[]) {
  if (tableIds.length === 0) return Promise.resolve([]);
  return db
    .select({
      id: tableMembers.id,
      tableId: tableMembers.tableId,
      roleLabel: tableMembers.roleLabel,
      organisationId: organisations.id,
      organisationName: organisations.name,
      organisationKind: organisations.kind,
    })
    .from(tableMembers)
    .innerJoin(organisations, eq(organisations.id, tableMembers.organisationId))
    .where(inArray(tableMembers.tableId, tableIds))
    .orderBy(asc(organisations.name), asc(tableMembers.roleLabel));
}

/** Meetings and events of a region, earliest first. */
export function findMeetings(
  db: Conn,
  regionId: string,
  filter: { id?: string; tableId?: string; kind?: string; from?: Date } = {},
) {
  const where: SQL[] = [eq(meetings.regionId, regionId)];
  if (filter.id) where.push(eq(meetings.id, filter.id));
  if (filter.tableId) where.push(eq(meetings.tableId, filter.tableId));
  if (filter.kind) where.push(eq(meetings.kind, filter.kind));
  if (filter.from) where.push(gte(meetings.startsAt, filter.from));
  return db
    .select({ meeting: meetings, tableName: meetingTables.name })
    .from(meetings)
    .leftJoin(meetingTables, eq(meetingTables.id, meetings.tableId))
    .where(and(...where))
    .orderBy(asc(meetings.startsAt));
}

/** The agenda items of the given meetings, in agenda order. */
export function findAgendaItems(db: Conn, meetingIds: string[]) {
  if (meetingIds.length === 0) return Promise.resolve([]);
  return db
    .select()
    .from(agendaItems)
    .where(inArray(agendaItems.meetingId, meetingIds))
    .orderBy(asc(agendaItems.meetingId), asc(agendaItems.position));
}

/** Action items of a region (or one meeting), open first, by due date. */
export function findActionItems(
  db: Conn,
  regionId: string,
  filter: { meetingId?: string; status?: string; id?: string } = {},
) {
  const where: SQL[] = [eq(meetings.regionId, regionId)];
  if (filter.meetingId) where.push(eq(actionItems.meetingId, filter.meetingId));
  if (filter.status) where.push(eq(actionItems.status, filter.status));
  if (filter.id) where.push(eq(actionItems.id, filter.id));
  return db
    .select({
      item: actionItems,
      ownerName: organisations.name,
      meetingTitle: meetings.title,
      meetingStartsAt: meetings.startsAt,
      agendaTitle: agendaItems.title,
      agendaSubjectKind: agendaItems.subjectKind,
      agendaPlanId: agendaItems.planId,
      agendaBottleneckId: agendaItems.bottleneckId,
      agendaProposalId: agendaItems.proposalId,
    })
    .from(actionItems)
    .innerJoin(meetings, eq(meetings.id, actionItems.meetingId))
    .innerJoin(organisations, eq(organisations.id, actionItems.ownerOrganisationId))
    .leftJoin(agendaItems, eq(agendaItems.id, actionItems.agendaItemId))
    .where(and(...where))
    .orderBy(desc(actionItems.status), asc(actionItems.dueDate), asc(actionItems.createdAt));
}

/** Proposals of a region, newest first. */
export function findProposals(db: Conn, regionId: string, id?: string) {
  const where = [eq(proposals.regionId, regionId)];
  if (id) where.push(eq(proposals.id, id));
  return db
    .select()
    .from(proposals)
    .where(and(...where))
    .orderBy(desc(proposals.date), asc(proposals.reference));
}

/** The route steps of the given proposals with their table's name, in route order. */
export function findRouteSteps(db: Conn, proposalIds: string[]) {
  if (proposalIds.length === 0) return Promise.resolve([]);
  return db
    .select({ step: routeSteps, tableName: meetingTables.name })
    .from(routeSteps)
    .innerJoin(meetingTables, eq(meetingTables.id, routeSteps.tableId))
    .where(inArray(routeSteps.proposalId, proposalIds))
    .orderBy(asc(routeSteps.proposalId), asc(routeSteps.position));
}

/** The agenda items that treat the given route steps, with their meeting, earliest first. */
export function findStepAgendaItems(db: Conn, stepIds: string[]) {
  if (stepIds.length === 0) return Promise.resolve([]);
  return db
    .select({
      stepId: agendaItems.routeStepId,
      agendaItemId: agendaItems.id,
      decision: agendaItems.decision,
      decisionOutcome: agendaItems.decisionOutcome,
      meetingId: meetings.id,
      meetingTitle: meetings.title,
      startsAt: meetings.startsAt,
    })
    .from(agendaItems)
    .innerJoin(meetings, eq(meetings.id, agendaItems.meetingId))
    .where(inArray(agendaItems.routeStepId, stepIds))
    .orderBy(asc(meetings.startsAt));
}
