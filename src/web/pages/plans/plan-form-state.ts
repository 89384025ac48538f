/**
 * What the plan form holds (text as typed) and how it becomes the API's plan input. Kept apart from the
 * page so that it can be tested without a browser.
 */
import type { PartyRole, PlanningStatus, Segment, TPlanInputRaw } from '../../../core/programme';
import type { Plan } from '../../api';
import { parseDecimal, parseNumber } from '../../format';

export interface SegmentRow {
  key: string;
  segment: Segment | '';
  homes: string;
  usableAreaM2: string;
  monthlyRentEur: string;
  priceEur: string;
}
export interface DeliveryRow {
  key: string;
  year: string;
  homes: string;
}
export interface PartyRow {
  key: string;
  organisationId: string;
  role: PartyRole | '';
}

export interface PlanFormState {
  name: string;
  municipalityCode: string;
  phase: string;
  planningStatus: PlanningStatus | '';
  planType: string;
  bottlenecks: string[];
  lat: string;
  lon: string;
  address: string;
  segments: SegmentRow[];
  deliveries: DeliveryRow[];
  parties: PartyRow[];
  visibility: string;
  businessCase: { investmentEur: string; revenueEur: string; unprofitableTopEur: string; notes: string };
  deadline: string;
  milestoneLabel: string;
  milestoneDate: string;
  notes: string;
}

let counter = 0;
/** A key for a new row, so React keeps inputs apart when rows are removed. */
export function rowKey(): string {
  counter += 1;
  return `r${counter}`;
}

export function emptySegment(): SegmentRow {
  return { key: rowKey(), segment: '', homes: '', usableAreaM2: '', monthlyRentEur: '', priceEur: '' };
}

export function emptyForm(municipalityCode = ''): PlanFormState {
  return {
    name: '',
    municipalityCode,
    phase: 'initiative',
    planningStatus: '',
    planType: '',
    bottlenecks: [],
    lat: '',
    lon: '',
    address: '',
    segments: [emptySegment()],
    deliveries: [],
    parties: [],
    visibility: 'partners',
    businessCase: { investmentEur: '', revenueEur: '', unprofitableTopEur: '', notes: '' },
    deadline: '',
    milestoneLabel: '',
    milestoneDate: '',
    notes: '',
  };
}

const text = (value: number | null | undefined) => (value == null ? '' : String(value));

/** A saved plan as form text. */
export function formFromPlan(plan: Plan): PlanFormState {
  return {
    name: plan.name,
    municipalityCode: plan.municipalityCode,
    phase: plan.phase,
    planningStatus: plan.planningStatus,
    planType: plan.planType ?? '',
    bottlenecks: [...plan.bottlenecks],
    lat: text(plan.location?.lat),
    lon: text(plan.location?.lon),
    address: plan.address ?? '',
    segments: plan.segments.map((line) => ({
      key: rowKey(),
      segment: line.segment,
      homes: text(line.homes),
      usableAreaM2: text(line.usableAreaM2),
      monthlyRentEur: text(line.monthlyRentEur),
      priceEur: text(line.priceEur),
    })),
    deliveries: plan.deliveries.map((line) => ({
      key: rowKey(),
      year: text(line.year),
      homes: text(line.homes),
    })),
    parties: plan.parties.map((party) => ({
      key: rowKey(),
      organisationId: party.organisationId,
      role: party.role,
    })),
    visibility: plan.visibility,
    businessCase: {
      investmentEur: text(plan.businessCase?.investmentEur),
      revenueEur: text(plan.businessCase?.revenueEur),
      unprofitableTopEur: text(plan.businessCase?.unprofitableTopEur),
      notes: plan.businessCase?.notes ?? '',
    },
    deadline: plan.deadline ?? '',
    milestoneLabel: plan.nextMilestone?.label ?? '',
    milestoneDate: plan.nextMilestone?.date ?? '',
    notes: plan.notes ?? '',
  };
}

/** Typed text as a number: empty → null, not a number → NaN (the schema then says what is wrong). */
const num = (value: string) => parseNumber(value);
/** A required number: empty becomes undefined, so the schema asks for it. */
const required = (value: string) => parseNumber(value) ?? undefined;
const orNull = (value: string) => (value.trim() === '' ? null : value.trim());

/** The form as the plan input that ZPlanInput validates and the API accepts. */
export function toPlanInput(state: PlanFormState, { withBusinessCase }: { withBusinessCase: boolean }) {
  const hasLocation = state.lat.trim() !== '' || state.lon.trim() !== '';
  const businessCase = state.businessCase;
  const hasBusinessCase = Object.values(businessCase).some((value) => value.trim() !== '');
  const input: Record<string, unknown> = {
    name: state.name,
    municipalityCode: state.municipalityCode,
    phase: state.phase,
    planningStatus: state.planningStatus || undefined,
    planType: state.planType || null,
    bottlenecks: state.bottlenecks,
    location: hasLocation
      ? { lat: parseDecimal(state.lat) ?? undefined, lon: parseDecimal(state.lon) ?? undefined }
      : null,
    address: orNull(state.address),
    segments: state.segments.map((line) => ({
      segment: line.segment || undefined,
      homes: required(line.homes),
      usableAreaM2: num(line.usableAreaM2),
      monthlyRentEur: num(line.monthlyRentEur),
      priceEur: num(line.priceEur),
    })),
    deliveries: state.deliveries.map((line) => ({ year: required(line.year), homes: required(line.homes) })),
    parties: state.parties.map((party) => ({
      organisationId: party.organisationId || undefined,
      role: party.role || undefined,
    })),
    visibility: state.visibility,
    deadline: orNull(state.deadline),
    nextMilestone:
      state.milestoneLabel.trim() || state.milestoneDate.trim()
        ? { label: state.milestoneLabel, date: state.milestoneDate }
        : null,
    notes: orNull(state.notes),
  };
  if (withBusinessCase) {
    input.businessCase = hasBusinessCase
      ? {
          investmentEur: num(businessCase.investmentEur),
          revenueEur: num(businessCase.revenueEur),
          unprofitableTopEur: num(businessCase.unprofitableTopEur),
          notes: orNull(businessCase.notes),
        }
      : null;
  }
  return input as TPlanInputRaw;
}

/** `segments.0.homes` → `plan-segments-0-homes`: the id of the input that a field error belongs to. */
export function fieldId(path: string): string {
  return `plan-${path.replace(/\./g, '-')}`;
}
