import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { ACCOUNTS, planInput } from '../../../test/support/fixtures';
import { type Client, createTestApp, type TestApp } from '../../../test/support/test-app';
import { databaseKinds } from '../../../test/support/test-db';
import { decisionDays } from './calendars';

describe('decisionDays', () => {
  test('weekdays only, none inside a holiday period (both ends included)', () => {
    const days = decisionDays('2027-07-12', [{ startsOn: '2027-07-15', endsOn: '2027-08-31' }]);
    expect(days.slice(0, 5)).toEqual(['2027-07-12', '2027-07-13', '2027-07-14', '2027-09-01', '2027-09-02']);
    expect(days.every((day) => ![0, 6].includes(new Date(`${day}T00:00:00Z`).getUTCDay()))).toBe(true);
    expect(days.at(-1)?.startsWith('2051-12')).toBe(true);
  });
});

describe.each(databaseKinds())('holiday periods in a schedule on %s', (kind) => {
  let t: TestApp;
  let hilversum: Client;
  beforeAll(async () => {
    t = await createTestApp(kind);
    hilversum = await t.login(ACCOUNTS.hilversum);
  });
  afterAll(() => t.close());

  test('a decision that would fall in the demo summer recess moves to the first weekday after it', async () => {
    const plan = (await hilversum.post('/api/v1/plans', planInput())).json();
    const response = await hilversum.request({
      method: 'PUT',
      url: `/api/v1/plans/${plan.id}/schedule?variant=municipality`,
      payload: {
        startDate: '2027-01-04',
        activities: [
          {
            key: 'voorstel',
            name: 'Investeringsvoorstel',
            phase: 'elaboration',
            durationWeeks: 28,
            dependsOn: [],
          },
          {
            key: 'besluit',
            name: 'Investeringsbesluit',
            phase: 'elaboration',
            durationWeeks: 0,
            dependsOn: ['voorstel'],
            milestone: true,
          },
          { key: 'bouw', name: 'Bouw', phase: 'construction', durationWeeks: 10, dependsOn: ['voorstel'] },
        ],
      },
    });
    expect(response.statusCode, response.body).toBe(200);
    const byKey = Object.fromEntries(
      response.json().activities.map((a: { key: string; start: string; snap: unknown }) => [a.key, a]),
    );
    // 28 weeks after 4 January is 19 July, inside the recess (15 July – 31 August).
    expect(byKey.besluit).toMatchObject({
      start: '2027-09-01',
      snap: { calendar: 'besluit', earliest: '2027-07-19', date: '2027-09-01' },
    });
    // Work is no decision: it goes on in the summer.
    expect(byKey.bouw.start).toBe('2027-07-19');
  });
});
