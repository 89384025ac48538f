import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/support/test-app';
import { readDemoMeetings, scheduledDates, seedDemoMeetings } from './demo-meetings';
import { agendaItems, meetings, meetingTables, proposals, routeSteps, tableMembers } from './schema-meetings';

describe('demo meetings', () => {
  test("the memo's proposal and route are the cover sheet's; the contact is a role, not a person", () => {
    const { proposal, tables } = readDemoMeetings();
    expect(proposal).toMatchObject({
      reference: 'DOC-24008845',
      date: '2025-01-30',
      contactRole: 'beleidsadviseur Wonen',
    });
    expect(proposal.points).toHaveLength(3);
    expect(proposal.routeSteps.map((s) => [s.date, s.table, s.purpose, s.conclusion])).toEqual([
      ['2024-12-05', 'brede-kijk', 'advise', 'Positief'],
      ['2025-01-16', 'directie-overleg-fd', 'advise', null],
      ['2025-01-30', 'pho-wonen', 'discuss', null],
      ['2025-02-20', 'bo-bouwen-wonen', 'decide', null],
    ]);
    const text = JSON.stringify(readDemoMeetings());
    expect(text).not.toMatch(/Huiskers|@regiogv|Kastje|Oosterbaan/);
    expect(tables.every((t) => t.demo && t.source.length > 10)).toBe(true);
  });

  test('the demo schedule is the n-th weekday of the listed months', () => {
    const dates = scheduledDates({
      weekday: 4,
      nth: 3,
      months: [1],
      start: '14:00',
      end: '16:00',
      location: '',
    });
    expect(dates).toEqual(['2026-01-15', '2027-01-21', '2028-01-20']);
  });

  describe('seeded', () => {
    let t: TestApp;
    beforeAll(async () => {
      t = await createTestApp('pglite');
    });
    afterAll(() => t.close());

    const counts = async () => {
      const db = t.database.db;
      const n = async (
        table:
          | typeof meetings
          | typeof meetingTables
          | typeof tableMembers
          | typeof proposals
          | typeof routeSteps
          | typeof agendaItems,
      ) => (await db.select({ n: sql<number>`count(*)::int` }).from(table))[0]?.n ?? 0;
      return [
        await n(meetingTables),
        await n(tableMembers),
        await n(meetings),
        await n(proposals),
        await n(routeSteps),
        await n(agendaItems),
      ];
    };

    test('a second run adds nothing; a deleted demo meeting comes back, nothing else doubles', async () => {
      const before = await counts();
      expect(before[0]).toBe(6);
      expect(before[3]).toBe(1);
      expect(before[4]).toBe(4);
      await seedDemoMeetings(t.database.db);
      expect(await counts()).toEqual(before);
      await t.database.db.execute(sql`delete from meetings where seed_key = 'versnellingstafel-2027-02-10'`);
      await seedDemoMeetings(t.database.db);
      expect(await counts()).toEqual(before);
    });
  });
});
