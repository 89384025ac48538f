import { and, eq, inArray } from 'drizzle-orm';
import { z } from 'zod';
import { PURPOSES } from '../../core/meetings/route';
import { fromAmsterdam } from '../../core/meetings/time';
import type { Db } from './client';
import { nthWeekday } from './demo-calendar';
import { readJson } from './demo-data';
import { organisations } from './schema';
import { agendaItems, meetings, meetingTables, proposals, routeSteps, tableMembers } from './schema-meetings';

const ZTime = z.string().regex(/^\d{2}:\d{2}$/);
const ZDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

const ZDemoMeetings = z.object({
  notes: z.string(),
  tables: z.array(
    z.object({
      key: z.string(),
      name: z.string(),
      description: z.string(),
      source: z.string(),
      demo: z.boolean(),
      members: z.array(z.object({ org: z.string(), role: z.string() })),
      schedule: z.object({
        weekday: z.number().int().min(0).max(6),
        nth: z.number().int().min(1).max(4),
        months: z.array(z.number().int().min(1).max(12)),
        start: ZTime,
        end: ZTime,
        location: z.string(),
      }),
    }),
  ),
  pastMeetings: z.array(
    z.object({
      seedKey: z.string(),
      table: z.string(),
      date: ZDate,
      start: ZTime,
      end: ZTime,
      location: z.string(),
    }),
  ),
  events: z.array(
    z.object({
      seedKey: z.string(),
      title: z.string(),
      date: ZDate,
      start: ZTime,
      end: ZTime,
      location: z.string(),
      description: z.string(),
      invitees: z.array(z.string()),
    }),
  ),
  proposal: z.object({
    reference: z.string(),
    title: z.string(),
    contactRole: z.string(),
    contactUnit: z.string(),
    date: ZDate,
    distribute: z.boolean(),
    points: z.array(z.string()),
    explanation: z.string(),
    attachments: z.array(z.object({ title: z.string(), url: z.string().nullable() })),
    source: z.string(),
    routeSteps: z.array(
      z.object({
        table: z.string(),
        date: ZDate,
        purpose: z.enum(PURPOSES),
        conclusion: z.string().nullable(),
        meeting: z.string(),
      }),
    ),
  }),
});
export type DemoMeetings = z.infer<typeof ZDemoMeetings>;

/** data/meetings/demo-meetings.json, validated. */
export const readDemoMeetings = () => readJson('data/meetings/demo-meetings.json', ZDemoMeetings);

/** The years the demo schedule of every table covers (dates are demo). */
const SCHEDULE_YEARS = [2026, 2027, 2028];

/** Every scheduled demo meeting of a table: the n-th weekday of the listed months. */
export function scheduledDates(schedule: DemoMeetings['tables'][number]['schedule']): string[] {
  return SCHEDULE_YEARS.flatMap((year) =>
    schedule.months.map((month) => nthWeekday(year, month, schedule.weekday, schedule.nth)),
  );
}

/**
 * Issue 6: the demo region's tables with their members, their meetings (the memo's four and a demo schedule for
 * 2026–2028), two events, and the memo's proposal DOC-24008845 with its route on those meetings. Runs on every
 * start and adds only what is missing (tables by key, members, meetings by seed key, the proposal by reference).
 */
export async function seedDemoMeetings(db: Db): Promise<void> {
  const data = readDemoMeetings();
  const orgRows = await db
    .select({ id: organisations.id, key: organisations.key, regionId: organisations.regionId })
    .from(organisations);
  const org = new Map(orgRows.map((o) => [o.key, o]));
  const regionId = org.get('region')?.regionId;
  if (!regionId) return;

  await db
    .insert(meetingTables)
    .values(
      data.tables.map((t) => ({
        regionId,
        key: t.key,
        name: t.name,
        description: t.description,
        source: t.source,
        demo: t.demo,
      })),
    )
    .onConflictDoNothing();
  const tableRows = await db
    .select({ id: meetingTables.id, key: meetingTables.key, name: meetingTables.name })
    .from(meetingTables)
    .where(eq(meetingTables.regionId, regionId));
  const table = new Map(tableRows.map((t) => [t.key, t]));

  const members = data.tables.flatMap((t) =>
    t.members.flatMap((m) => {
      const tableId = table.get(t.key)?.id;
      const organisationId = org.get(m.org)?.id;
      return tableId && organisationId ? [{ tableId, organisationId, roleLabel: m.role }] : [];
    }),
  );
  if (members.length) await db.insert(tableMembers).values(members).onConflictDoNothing();

  const at = (date: string, time: string) => fromAmsterdam(date, time);
  const tableMeetings = [
    ...data.pastMeetings.map((m) => ({ ...m, tableKey: m.table })),
    ...data.tables.flatMap((t) =>
      scheduledDates(t.schedule).map((date) => ({
        seedKey: `${t.key}-${date}`,
        tableKey: t.key,
        date,
        start: t.schedule.start,
        end: t.schedule.end,
        location: t.schedule.location,
      })),
    ),
  ];
  const meetingRows = [
    ...tableMeetings.flatMap((m) => {
      const t = table.get(m.tableKey);
      return t
        ? [
            {
              regionId,
              tableId: t.id,
              kind: 'meeting',
              title: t.name,
              startsAt: at(m.date, m.start),
              endsAt: at(m.date, m.end),
              location: m.location,
              demo: true,
              seedKey: m.seedKey,
            },
          ]
        : [];
    }),
    ...data.events.map((e) => ({
      regionId,
      tableId: null,
      kind: 'event',
      title: e.title,
      startsAt: at(e.date, e.start),
      endsAt: at(e.date, e.end),
      location: e.location,
      description: e.description,
      invitees: e.invitees.flatMap((key) => {
        const id = org.get(key)?.id;
        return id ? [id] : [];
      }),
      demo: true,
      seedKey: e.seedKey,
    })),
  ];
  for (let i = 0; i < meetingRows.length; i += 200) {
    await db
      .insert(meetings)
      .values(meetingRows.slice(i, i + 200))
      .onConflictDoNothing();
  }
  await seedMemoProposal(db, regionId, data.proposal, table);
}

/** The memo's proposal with its route; each step on its meeting's agenda, the Brede Kijk's advice recorded. */
async function seedMemoProposal(
  db: Db,
  regionId: string,
  proposal: DemoMeetings['proposal'],
  table: Map<string, { id: string; name: string }>,
): Promise<void> {
  const { routeSteps: route, ...sheet } = proposal;
  if (route.some((step) => !table.has(step.table))) return;
  const seedKeys = route.map((s) => s.meeting);
  const meetingIds = new Map(
    (
      await db
        .select({ id: meetings.id, seedKey: meetings.seedKey })
        .from(meetings)
        .where(and(eq(meetings.regionId, regionId), inArray(meetings.seedKey, seedKeys)))
    ).map((m) => [m.seedKey, m.id]),
  );
  await db.transaction(async (tx) => {
    const [row] = await tx
      .insert(proposals)
      .values({ ...sheet, regionId, demo: true })
      .onConflictDoNothing()
      .returning({ id: proposals.id });
    if (!row) return;
    for (const [index, step] of route.entries()) {
      const [stepRow] = await tx
        .insert(routeSteps)
        .values({
          proposalId: row.id,
          position: index + 1,
          tableId: table.get(step.table)?.id ?? '',
          date: step.date,
          purpose: step.purpose,
          conclusion: step.conclusion,
          outcome: step.conclusion ? 'done' : null,
          concludedAt: step.conclusion ? fromAmsterdam(step.date, '17:00') : null,
        })
        .returning({ id: routeSteps.id });
      const meetingId = meetingIds.get(step.meeting);
      if (!stepRow || !meetingId) continue;
      await tx.insert(agendaItems).values({
        meetingId,
        position: 1,
        title: `Voorstel ${sheet.reference}: ${sheet.title}`,
        subjectKind: 'proposal',
        proposalId: row.id,
        routeStepId: stepRow.id,
        decision: step.conclusion
          ? `Advies: ${step.conclusion.toLowerCase()} (uit het voorblad van het voorstel).`
          : null,
        decisionOutcome: step.conclusion ? 'done' : null,
        decidedAt: step.conclusion ? fromAmsterdam(step.date, '17:00') : null,
      });
    }
  });
}
