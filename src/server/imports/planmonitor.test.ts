import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import {
  BOTTLENECK_CATEGORIES,
  PHASES,
  PLAN_TYPES,
  PLANNING_STATUSES,
  SEGMENTS,
  VISIBILITIES,
} from '../../core/programme';
import { type PlanmonitorPlan, readPlanmonitorWorkbook, writePlanmonitorWorkbook } from './planmonitor';

const municipalities = [
  { code: 'GM0402', name: 'Hilversum' },
  { code: 'GM0406', name: 'Huizen' },
];

/** Splits `total` homes over the given years, each at least 1, by sorted cut points. */
const deliveriesFor = (total: number) =>
  fc
    .uniqueArray(fc.integer({ min: 2023, max: 2043 }), { minLength: 1, maxLength: Math.min(21, total) })
    .chain((years) =>
      fc
        .uniqueArray(fc.integer({ min: 1, max: Math.max(1, total - 1) }), {
          minLength: years.length - 1,
          maxLength: years.length - 1,
        })
        .map((cuts) => {
          const points = [0, ...cuts.sort((a, b) => a - b), total];
          return [...years]
            .sort((a, b) => a - b)
            .map((year, i) => ({ year, homes: (points[i + 1] ?? 0) - (points[i] ?? 0) }));
        }),
    );

const text = (min: number, max: number) =>
  fc
    .string({
      unit: fc.constantFrom('a', 'B', 'é', ' ', "'", '=', '+', '-', '@', ',', '1', '/'),
      minLength: min,
      maxLength: max,
    })
    .filter((value) => value.trim() === value && value.length >= min);

const plan: fc.Arbitrary<PlanmonitorPlan> = fc
  .record({
    name: text(3, 40),
    municipalityCode: fc.constantFrom('GM0402', 'GM0406'),
    phase: fc.constantFrom(...PHASES),
    planningStatus: fc.constantFrom(...PLANNING_STATUSES),
    planType: fc.option(fc.constantFrom(...PLAN_TYPES)),
    bottlenecks: fc.uniqueArray(fc.constantFrom(...BOTTLENECK_CATEGORIES)),
    segments: fc
      .subarray([...SEGMENTS], { minLength: 1 })
      .chain((segments) =>
        fc.tuple(
          ...segments.map((segment) => fc.integer({ min: 1, max: 400 }).map((homes) => ({ segment, homes }))),
        ),
      ),
    visibility: fc.constantFrom(...VISIBILITIES),
    notes: fc.option(text(1, 30)),
  })
  .chain((p) => {
    const total = p.segments.reduce((sum, line) => sum + line.homes, 0);
    return fc.oneof(fc.constant([]), deliveriesFor(total)).map((deliveries) => ({ ...p, deliveries }));
  });

describe('Planmonitor Wonen round trip', () => {
  test('property: writing and reading back gives the same plans', async () => {
    const plans = fc.uniqueArray(plan, {
      minLength: 1,
      maxLength: 3,
      selector: (p) => `${p.municipalityCode}|${p.name}`,
    });
    await fc.assert(
      fc.asyncProperty(plans, async (written) => {
        const result = await readPlanmonitorWorkbook(
          await writePlanmonitorWorkbook(written, { municipalities }),
          {
            municipalities,
          },
        );
        if (!result.ok) throw new Error(JSON.stringify(result.errors.slice(0, 3)));
        expect(result.plans.map((read) => read.plan)).toEqual(
          written.map((p) => ({ ...p, planType: p.planType ?? null, notes: p.notes ?? null, parties: [] })),
        );
        expect(result.plans.map((read) => read.key)).toEqual(
          written.map(({ name, municipalityCode }) => ({ name, municipalityCode })),
        );
      }),
      { numRuns: 40 },
    );
  }, 120_000);

  test('deliveries outside 2024–2043 come back in Gerealiseerd (2023) or in 2043', async () => {
    const lossy: PlanmonitorPlan = {
      name: 'Lang lopend plan',
      municipalityCode: 'GM0402',
      phase: 'construction',
      planningStatus: '1A',
      segments: [{ segment: 'socialRent', homes: 10 }],
      deliveries: [
        { year: 2019, homes: 2 },
        { year: 2022, homes: 3 },
        { year: 2030, homes: 1 },
        { year: 2048, homes: 4 },
      ],
      visibility: 'region',
    };
    const result = await readPlanmonitorWorkbook(
      await writePlanmonitorWorkbook([lossy], { municipalities }),
      {
        municipalities,
      },
    );
    expect(result.ok && result.plans[0]?.plan.deliveries).toEqual([
      { year: 2023, homes: 5 },
      { year: 2030, homes: 1 },
      { year: 2043, homes: 4 },
    ]);
  });
});
