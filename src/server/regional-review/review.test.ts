import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { ACCOUNTS, planInput } from '../../../test/support/fixtures';
import { type Client, createTestApp, type TestApp } from '../../../test/support/test-app';
import { databaseKinds } from '../../../test/support/test-db';

const homes = (n: number) => ({
  segments: [
    { segment: 'socialRent', homes: Math.ceil(n * 0.4), usableAreaM2: 50, monthlyRentEur: 700 },
    { segment: 'freeBuy', homes: n - Math.ceil(n * 0.4), usableAreaM2: 95, priceEur: 600_000 },
  ],
  deliveries: [{ year: 2028, homes: n }],
});

describe.each(databaseKinds())('the regional review on %s', (kind) => {
  let t: TestApp;
  let hilversum: Client;
  let region: Client;
  let planId: string;

  beforeAll(async () => {
    t = await createTestApp(kind);
    hilversum = await t.login(ACCOUNTS.hilversum);
    region = await t.login(ACCOUNTS.region);
    const created = await hilversum.post('/api/v1/plans', planInput(homes(49) as never));
    expect(created.statusCode, created.body).toBe(201);
    planId = created.json().id;
  });
  afterAll(() => t.close());

  test('a plan of 49 homes has no review; grown to 50 it has one, pending (contract shape)', async () => {
    const small = await region.get(`/api/v1/plans/${planId}/review`);
    expect(small.statusCode).toBe(404);
    expect(small.json().detail).toMatch(/49 woningen; alleen plannen van 50 woningen of meer/);
    const plan = (await hilversum.get(`/api/v1/plans/${planId}`)).json();
    const grown = await hilversum.patch(`/api/v1/plans/${planId}`, { version: plan.version, ...homes(50) });
    expect(grown.statusCode, grown.body).toBe(200);
    const review = await hilversum.get(`/api/v1/plans/${planId}/review`);
    expect(review.statusCode, review.body).toBe(200);
    expect(review.json()).toMatchObject({ status: 'pending', advice: null, canScore: false });
    expect(review.json().criteria.map((c: { key: string }) => c.key)).toEqual([
      'woonWerkBalans',
      'ovBereikbaarheid',
      'betaalbaarheid',
      'verordening',
      'tempo',
    ]);
    expect(review.json().criteria[0]).toEqual(
      expect.objectContaining({ label: 'Woon-werkbalans', score: null, weight: 2, note: null }),
    );
    // 40% social, 40% affordable: affordability suggests 1; delivered 2028: pace 5.
    const suggested = Object.fromEntries(
      review.json().criteria.map((c: { key: string; suggested: number }) => [c.key, c.suggested]),
    );
    expect(suggested).toMatchObject({ betaalbaarheid: 1, tempo: 5 });
    const list = (await region.get('/api/v1/reviews')).json().items;
    expect(list.find((item: { planId: string }) => item.planId === planId)).toMatchObject({
      status: 'pending',
    });
  });

  test('only the region scores; advice needs every score; then it is advised and fixed', async () => {
    const scores = {
      woonWerkBalans: { score: 4, note: 'Dicht bij het Mediapark' },
      ovBereikbaarheid: { score: 5, note: null },
    };
    expect((await hilversum.put(`/api/v1/plans/${planId}/review`, { version: 1, scores })).statusCode).toBe(
      403,
    );
    const scored = await region.put(`/api/v1/plans/${planId}/review`, { version: 1, scores });
    expect(scored.statusCode, scored.body).toBe(200);
    expect(scored.json()).toMatchObject({ status: 'inReview', version: 2, canScore: true });
    expect((await region.put(`/api/v1/plans/${planId}/review`, { version: 1, scores })).statusCode).toBe(409);
    const unknown = await region.put(`/api/v1/plans/${planId}/review`, {
      version: 2,
      scores: { parkeren: { score: 3 } },
    });
    expect(unknown.statusCode).toBe(422);

    const early = await region.post(`/api/v1/plans/${planId}/review/advice`, {
      version: 2,
      advice: 'conditional',
      text: 'Positief als het aandeel betaalbaar omhoog gaat.',
    });
    expect(early.statusCode).toBe(422);
    expect(early.json().detail).toMatch(/Geef eerst alle criteria een score: Betaalbaarheid, Voldoet aan/);

    const all = await region.put(`/api/v1/plans/${planId}/review`, {
      version: 2,
      scores: {
        betaalbaarheid: { score: 2, note: null },
        verordening: { score: 5, note: null },
        tempo: { score: 5, note: null },
      },
    });
    // (2·4 + 2·5 + 3·2 + 1·5 + 1·5) / 9 = 34 / 9 ≈ 3.78
    expect(all.json()).toMatchObject({ weightedScore: 3.78, complete: true, pointsTo: 'positive' });
    const advised = await region.post(`/api/v1/plans/${planId}/review/advice`, {
      version: 3,
      advice: 'conditional',
      text: 'Positief onder voorwaarde dat het aandeel betaalbaar naar twee derde gaat.',
    });
    expect(advised.statusCode, advised.body).toBe(200);
    expect(advised.json()).toMatchObject({
      status: 'advised',
      advice: { kind: 'conditional', label: 'Positief onder voorwaarden' },
    });
    expect((await region.put(`/api/v1/plans/${planId}/review`, { version: 4, scores })).statusCode).toBe(409);
  });

  test('the framework: the region admin changes weights; the three regional goals cannot be dropped', async () => {
    const framework = (await region.get('/api/v1/regions/gooi-en-vechtstreek/review-framework')).json();
    expect((await region.get('/api/v1/regions/elders/review-framework')).statusCode).toBe(404);
    const heavier = framework.criteria.map((c: { key: string; weight: number }) =>
      c.key === 'betaalbaarheid' ? { ...c, weight: 4 } : c,
    );
    expect(
      (await hilversum.put('/api/v1/regions/gooi-en-vechtstreek/review-framework', { criteria: heavier }))
        .statusCode,
    ).toBe(403);
    const saved = await region.put('/api/v1/regions/gooi-en-vechtstreek/review-framework', {
      criteria: heavier,
    });
    expect(saved.statusCode, saved.body).toBe(200);
    expect(saved.json().criteria.find((c: { key: string }) => c.key === 'betaalbaarheid').weight).toBe(4);
    const without = await region.put('/api/v1/regions/gooi-en-vechtstreek/review-framework', {
      criteria: heavier.filter((c: { key: string }) => c.key !== 'ovBereikbaarheid'),
    });
    expect(without.statusCode).toBe(422);
    expect(without.body).toContain(
      'Woon-werkbalans, OV-bereikbaarheid en betaalbaarheid horen er altijd bij',
    );
  });
});
