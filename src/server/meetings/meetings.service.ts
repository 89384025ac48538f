import { and, eq, inArray, isNotNull, sql } from 'drizzle-orm';
import { formatCalendar } from '../../core/meetings/ical';
import { writeAudit } from '../audit/audit';
import type { Actor } from '../auth/actor';
import type { Db, Tx } from '../db/client';
import { organisations } from '../db/schema';
import { agendaItems, meetings, meetingTables, tableMembers } from '../db/schema-meetings';
import { AppError, type FieldError } from '../http/errors';
import { presentActionItem, presentAgendaItem } from './agenda.present';
import { assertManageMeetings, canManageMeetings } from './meetings.policy';
import { findActionItems, findAgendaItems, findMeetings, findMembers, findTables } from './meetings.queries';
import type { TCreateMeeting, TUpdateMeeting } from './meetings.schema';

type Conn = Db | Tx;
type MeetingRow = Awaited<ReturnType<typeof findMeetings>>[number];
type AgendaRow = Awaited<ReturnType<typeof findAgendaItems>>[number];

function invalid(errors: FieldError[]): AppError {
  return new AppError('validation', 'Niet alle velden zijn goed ingevuld.', errors);
}

/** A meeting in the contract's shape (`id, tableId, startsAt, location, agenda`), extended. */
function presentMeeting({ meeting, tableName }: MeetingRow, agenda: AgendaRow[]) {
  return {
    id: meeting.id,
    tableId: meeting.tableId,
    tableName,
    kind: meeting.kind as 'meeting' | 'event',
    title: meeting.title,
    startsAt: meeting.startsAt.toISOString(),
    endsAt: meeting.endsAt.toISOString(),
    location: meeting.location,
    demo: meeting.demo,
    agenda: agenda.filter((a) => a.meetingId === meeting.id).map(presentAgendaItem),
  };
}

/** GET /tables: the region's tables with their members and next meeting. */
export async function listTables({ db, actor, id }: { db: Conn; actor: Actor; id?: string }) {
  const tables = await findTables(db, actor.regionId, id);
  const members = await findMembers(
    db,
    tables.map((t) => t.id),
  );
  const upcoming = await findMeetings(db, actor.regionId, { kind: 'meeting', from: new Date() });
  return {
    items: tables.map((table) => {
      const next = upcoming.find((m) => m.meeting.tableId === table.id);
      return {
        id: table.id,
        key: table.key,
        name: table.name,
        description: table.description,
        source: table.source,
        demo: table.demo,
        members: members
          .filter((m) => m.tableId === table.id)
          .map((m) => ({
            id: m.id,
            roleLabel: m.roleLabel,
            organisation: { id: m.organisationId, name: m.organisationName, kind: m.organisationKind },
          })),
        nextMeeting: next
          ? { id: next.meeting.id, title: next.meeting.title, startsAt: next.meeting.startsAt.toISOString() }
          : null,
      };
    }),
    permissions: { canEdit: canManageMeetings(actor) },
  };
}

/** GET /tables/{id}: one table, its members and every meeting. */
export async function getTable({ db, actor, id }: { db: Conn; actor: Actor; id: string }) {
  const [table] = (await listTables({ db, actor, id })).items;
  if (!table) throw new AppError('notFound', 'Deze overlegtafel bestaat niet.');
  const rows = await findMeetings(db, actor.regionId, { tableId: id });
  const agenda = await findAgendaItems(
    db,
    rows.map((r) => r.meeting.id),
  );
  return {
    ...table,
    meetings: rows.map((row) => presentMeeting(row, agenda)),
    permissions: { canEdit: canManageMeetings(actor) },
  };
}

/** POST /tables. */
export async function createTable({
  db,
  actor,
  body,
}: {
  db: Db;
  actor: Actor;
  body: { name: string; description: string };
}) {
  assertManageMeetings(actor);
  const key = `${body.name
    .toLowerCase()
    .normalize('NFD')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')}-${Date.now().toString(36)}`;
  const id = await db.transaction(async (tx) => {
    const [row] = await tx
      .insert(meetingTables)
      .values({ ...body, key, regionId: actor.regionId })
      .returning({ id: meetingTables.id });
    if (!row) throw new Error('insert returned no row');
    await writeAudit(tx, actor, {
      action: 'create',
      entityType: 'meetingTable',
      entityId: row.id,
      summary: `Overlegtafel "${body.name}" aangemaakt`,
      after: body,
    });
    return row.id;
  });
  return getTable({ db, actor, id });
}

async function requireTable(db: Conn, actor: Actor, id: string) {
  const [table] = await findTables(db, actor.regionId, id);
  if (!table) throw new AppError('notFound', 'Deze overlegtafel bestaat niet.');
  return table;
}

/** POST /tables/{id}/members: an organisation joins a table in a role. */
export async function addMember({
  db,
  actor,
  tableId,
  body,
}: {
  db: Db;
  actor: Actor;
  tableId: string;
  body: { organisationId: string; roleLabel: string };
}) {
  assertManageMeetings(actor);
  const table = await requireTable(db, actor, tableId);
  const [org] = await db
    .select({ id: organisations.id, name: organisations.name })
    .from(organisations)
    .where(and(eq(organisations.id, body.organisationId), eq(organisations.regionId, actor.regionId)));
  if (!org)
    throw invalid([{ path: 'organisationId', message: 'Deze organisatie hoort niet bij jouw regio.' }]);
  await db.transaction(async (tx) => {
    const inserted = await tx
      .insert(tableMembers)
      .values({ tableId, ...body })
      .onConflictDoNothing()
      .returning({ id: tableMembers.id });
    if (inserted.length === 0) {
      throw invalid([{ path: 'roleLabel', message: 'Deze organisatie zit al in deze rol aan tafel.' }]);
    }
    await writeAudit(tx, actor, {
      action: 'create',
      entityType: 'tableMember',
      entityId: inserted[0]?.id ?? null,
      summary: `${org.name} (${body.roleLabel}) toegevoegd aan ${table.name}`,
      after: body,
    });
  });
  return getTable({ db, actor, id: tableId });
}

/** DELETE /tables/{id}/members/{memberId}. */
export async function removeMember({
  db,
  actor,
  tableId,
  memberId,
}: {
  db: Db;
  actor: Actor;
  tableId: string;
  memberId: string;
}) {
  assertManageMeetings(actor);
  const table = await requireTable(db, actor, tableId);
  await db.transaction(async (tx) => {
    const removed = await tx
      .delete(tableMembers)
      .where(and(eq(tableMembers.id, memberId), eq(tableMembers.tableId, tableId)))
      .returning();
    if (removed.length === 0) throw new AppError('notFound', 'Dit lid zit niet (meer) aan deze tafel.');
    await writeAudit(tx, actor, {
      action: 'delete',
      entityType: 'tableMember',
      entityId: memberId,
      summary: `Lid "${removed[0]?.roleLabel}" van ${table.name} verwijderd`,
      before: removed[0],
    });
  });
  return getTable({ db, actor, id: tableId });
}

/** GET /meetings: meetings and events of the region (contract shape), earliest first. */
export async function listMeetings({
  db,
  actor,
  filter,
}: {
  db: Conn;
  actor: Actor;
  filter: { tableId?: string; kind?: string; from?: string };
}) {
  const rows = await findMeetings(db, actor.regionId, {
    ...filter,
    from: filter.from ? new Date(filter.from) : undefined,
  });
  const agenda = await findAgendaItems(
    db,
    rows.map((r) => r.meeting.id),
  );
  return { items: rows.map((row) => presentMeeting(row, agenda)) };
}

async function requireMeeting(db: Conn, actor: Actor, id: string) {
  const [row] = await findMeetings(db, actor.regionId, { id });
  if (!row) throw new AppError('notFound', 'Deze vergadering bestaat niet.');
  return row;
}

/** GET /meetings/{id}: the meeting with agenda, decisions, minutes, action items and who is invited. */
export async function getMeeting({ db, actor, id }: { db: Conn; actor: Actor; id: string }) {
  const row = await requireMeeting(db, actor, id);
  const agenda = await findAgendaItems(db, [id]);
  const actions = await findActionItems(db, actor.regionId, { meetingId: id });
  const invited = await findInvitees(db, row);
  return {
    ...presentMeeting(row, agenda),
    description: row.meeting.description,
    minutes: row.meeting.minutes,
    version: row.meeting.version,
    invitees: invited,
    actionItems: actions.map(presentActionItem),
    permissions: { canEdit: canManageMeetings(actor) },
  };
}

/** A table's meeting invites the table's members; an event the organisations it names. */
async function findInvitees(db: Conn, { meeting }: MeetingRow) {
  if (meeting.tableId) {
    const members = await findMembers(db, [meeting.tableId]);
    return members.map((m) => ({
      organisationId: m.organisationId,
      name: m.organisationName,
      roleLabel: m.roleLabel,
    }));
  }
  if (meeting.invitees.length === 0) return [];
  const orgs = await db
    .select({ id: organisations.id, name: organisations.name })
    .from(organisations)
    .where(inArray(organisations.id, meeting.invitees));
  return orgs.map((o) => ({ organisationId: o.id, name: o.name, roleLabel: null }));
}

async function checkMeetingRefs(
  db: Conn,
  actor: Actor,
  body: { tableId?: string | null; invitees?: string[] },
) {
  if (body.tableId) {
    const [table] = await findTables(db, actor.regionId, body.tableId);
    if (!table) throw invalid([{ path: 'tableId', message: 'Deze overlegtafel hoort niet bij jouw regio.' }]);
  }
  if (body.invitees?.length) {
    const found = await db
      .select({ id: organisations.id })
      .from(organisations)
      .where(and(inArray(organisations.id, body.invitees), eq(organisations.regionId, actor.regionId)));
    if (found.length !== new Set(body.invitees).size) {
      throw invalid([{ path: 'invitees', message: 'Niet alle genodigden horen bij jouw regio.' }]);
    }
  }
}

/** POST /meetings: a meeting of a table, or an event (no table). */
export async function createMeeting({ db, actor, body }: { db: Db; actor: Actor; body: TCreateMeeting }) {
  assertManageMeetings(actor);
  await checkMeetingRefs(db, actor, body);
  const id = await db.transaction(async (tx) => {
    const [row] = await tx
      .insert(meetings)
      .values({
        ...body,
        tableId: body.kind === 'event' ? null : body.tableId,
        invitees: body.kind === 'event' ? body.invitees : [],
        startsAt: new Date(body.startsAt),
        endsAt: new Date(body.endsAt),
        regionId: actor.regionId,
        createdBy: actor.userId,
        updatedBy: actor.userId,
      })
      .returning({ id: meetings.id });
    if (!row) throw new Error('insert returned no row');
    await writeAudit(tx, actor, {
      action: 'create',
      entityType: 'meeting',
      entityId: row.id,
      summary: `${body.kind === 'event' ? 'Bijeenkomst' : 'Vergadering'} "${body.title}" gepland`,
      after: body,
    });
    return row.id;
  });
  return getMeeting({ db, actor, id });
}

/** PATCH /meetings/{id}: date, place, title, description, minutes — with the version last read (409). */
export async function updateMeeting({
  db,
  actor,
  id,
  body,
}: {
  db: Db;
  actor: Actor;
  id: string;
  body: TUpdateMeeting;
}) {
  assertManageMeetings(actor);
  const { meeting } = await requireMeeting(db, actor, id);
  await checkMeetingRefs(db, actor, { invitees: body.invitees });
  const { version, ...fields } = body;
  await db.transaction(async (tx) => {
    const updated = await tx
      .update(meetings)
      .set({
        ...fields,
        invitees: meeting.kind === 'event' ? (fields.invitees ?? meeting.invitees) : [],
        startsAt: new Date(body.startsAt),
        endsAt: new Date(body.endsAt),
        version: version + 1,
        updatedAt: new Date(),
        updatedBy: actor.userId,
      })
      .where(and(eq(meetings.id, id), eq(meetings.version, version)))
      .returning({ id: meetings.id });
    if (updated.length === 0) {
      throw new AppError(
        'conflict',
        'Iemand anders heeft deze vergadering intussen gewijzigd. Laad de nieuwste versie; je tekst staat nog in het formulier.',
      );
    }
    await writeAudit(tx, actor, {
      action: 'update',
      entityType: 'meeting',
      entityId: id,
      summary: `Vergadering "${body.title}" bijgewerkt`,
      before: { ...meeting, startsAt: meeting.startsAt.toISOString(), endsAt: meeting.endsAt.toISOString() },
      after: fields,
    });
  });
  return getMeeting({ db, actor, id });
}

/** DELETE /meetings/{id}: only while no decision is recorded on it. */
export async function deleteMeeting({ db, actor, id }: { db: Db; actor: Actor; id: string }) {
  assertManageMeetings(actor);
  const { meeting } = await requireMeeting(db, actor, id);
  await db.transaction(async (tx) => {
    const [decided] = await tx
      .select({ n: sql<number>`count(*)::int` })
      .from(agendaItems)
      .where(and(eq(agendaItems.meetingId, id), isNotNull(agendaItems.decision)));
    if ((decided?.n ?? 0) > 0) {
      throw new AppError(
        'conflict',
        'Op deze vergadering zijn al besluiten genomen; je kunt hem niet meer verwijderen.',
      );
    }
    await tx.delete(meetings).where(eq(meetings.id, id));
    await writeAudit(tx, actor, {
      action: 'delete',
      entityType: 'meeting',
      entityId: id,
      summary: `Vergadering "${meeting.title}" verwijderd`,
      before: { title: meeting.title, startsAt: meeting.startsAt.toISOString(), location: meeting.location },
    });
  });
}

const PROD_ID = '-//Woonregie//Overleg//NL';

function calendarEvent(row: MeetingRow, agenda: AgendaRow[], baseUrl: string) {
  const items = agenda.filter((a) => a.meetingId === row.meeting.id);
  const lines = [
    row.meeting.description,
    items.length ? `Agenda:\n${items.map((a, i) => `${i + 1}. ${a.title}`).join('\n')}` : '',
    `${baseUrl}/overleg/vergaderingen/${row.meeting.id}`,
  ].filter(Boolean);
  return {
    uid: `${row.meeting.id}@woonregie`,
    start: row.meeting.startsAt,
    end: row.meeting.endsAt,
    summary: row.meeting.title,
    location: row.meeting.location,
    description: lines.join('\n\n'),
    url: `${baseUrl}/overleg/vergaderingen/${row.meeting.id}`,
    sequence: row.meeting.version - 1,
    lastModified: row.meeting.updatedAt,
  };
}

/** GET /meetings/{id}.ics: the meeting (or event) as an invitation. */
export async function meetingCalendar({
  db,
  actor,
  id,
  baseUrl,
}: {
  db: Conn;
  actor: Actor;
  id: string;
  baseUrl: string;
}) {
  const row = await requireMeeting(db, actor, id);
  const agenda = await findAgendaItems(db, [id]);
  return formatCalendar({ prodId: PROD_ID, events: [calendarEvent(row, agenda, baseUrl)], now: new Date() });
}

/** GET /tables/{id}/calendar.ics: every meeting of a table as a subscribable feed. */
export async function tableCalendar({
  db,
  actor,
  id,
  baseUrl,
}: {
  db: Conn;
  actor: Actor;
  id: string;
  baseUrl: string;
}) {
  const table = await requireTable(db, actor, id);
  const rows = await findMeetings(db, actor.regionId, { tableId: id });
  const agenda = await findAgendaItems(
    db,
    rows.map((r) => r.meeting.id),
  );
  return {
    name: table.name,
    text: formatCalendar({
      prodId: PROD_ID,
      name: table.name,
      events: rows.map((row) => calendarEvent(row, agenda, baseUrl)),
      now: new Date(),
    }),
  };
}
