import { type CompensationMethod, computeCompensation } from '../../core/instruments';
import { findLimitsForYear, limitsYear, type TSegmentInput } from '../../core/programme';
import type { Actor } from '../auth/actor';
import type { Db } from '../db/client';
import { AppError } from '../http/errors';
import { regionInstruments, type SchemeVersion, schemeInForce } from './instruments.queries';

export { schemeInForce } from './instruments.queries';

type Lines = readonly (Pick<TSegmentInput, 'segment' | 'homes'> &
  Partial<Pick<TSegmentInput, 'monthlyRentEur' | 'priceEur'>>)[];

export function presentScheme(scheme: SchemeVersion) {
  return {
    id: scheme.id,
    title: scheme.title,
    effectiveFrom: scheme.effectiveFrom,
    method: scheme.method,
    minProjectHomes: scheme.minProjectHomes,
    fundCapPerHomeEur: scheme.fundCapPerHomeEur,
    roundingEur: scheme.roundingEur,
    source: scheme.source,
    demo: scheme.demo,
  };
}

/** The calculation under a scheme (or a scheme as it could be: `method` overrides the one in force). */
export async function calculateCompensation(
  db: Db,
  regionId: string,
  municipalityCode: string,
  input: { segments: Lines; deliveries: readonly { year: number }[]; area?: string | null | undefined },
  override?: { method?: CompensationMethod },
) {
  const [scheme, { limits }] = await Promise.all([
    schemeInForce(db, regionId, municipalityCode),
    regionInstruments(db, regionId),
  ]);
  if (!scheme) return null;
  const used = override?.method ? { ...scheme, method: override.method } : scheme;
  const result = computeCompensation(input.segments, used, {
    area: input.area ?? null,
    limits: findLimitsForYear(limits, limitsYear(input.deliveries)),
  });
  return { scheme: presentScheme(used), result };
}

/**
 * POST /municipalities/{code}/compensation (api-contract.md) → `{ missingSocialHomes, amountEur, method,
 * explanation }` under the municipality's scheme in force, plus the steps, the lines and the scheme.
 */
export async function compensationFor({
  db,
  actor,
  municipalityCode,
  body,
}: {
  db: Db;
  actor: Actor;
  municipalityCode: string;
  body: { segments: Lines; deliveries: readonly { year: number }[]; area?: string | null | undefined };
}) {
  const calculated = await calculateCompensation(db, actor.regionId, municipalityCode, body);
  if (!calculated) {
    throw new AppError('notFound', 'Deze gemeente heeft (nog) geen compensatieregeling in Woonregie.');
  }
  const { result, scheme } = calculated;
  return {
    municipalityCode,
    missingSocialHomes: result.missingSocialHomes,
    amountEur: result.amountEur,
    method: result.method,
    explanation: result.explanation.join(' '),
    steps: result.explanation,
    applies: result.applies,
    totalHomes: result.totalHomes,
    socialRentHomes: result.socialRentHomes,
    requiredSocialHomes: result.requiredSocialHomes,
    lines: result.lines,
    scheme,
  };
}
