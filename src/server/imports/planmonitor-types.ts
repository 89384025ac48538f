import type {
  BottleneckCategory,
  Phase,
  PlanningStatus,
  PlanType,
  TPlanInput,
  TSegmentInput,
  Visibility,
} from '../../core/programme';

/** A municipality of the region: Planmonitor Wonen names it ("Gemeente"), Woonregie keys it by CBS code. */
export interface Municipality {
  code: string;
  name: string;
}

/** What reading a Planmonitor Wonen workbook needs. */
export interface PlanmonitorReadContext {
  /** The region's municipalities; a plan elsewhere is an error. */
  municipalities: readonly Municipality[];
  /** At most this many plan sheets (default 500). */
  maxSheets?: number;
}

/** What writing a Planmonitor Wonen workbook needs; region and province fill rows 4 and 5. */
export interface PlanmonitorWriteContext {
  municipalities: readonly Municipality[];
  regionName?: string;
  provinceName?: string;
}

/** A plan as the Planmonitor Wonen export takes it (a stored plan or a TPlanInput). */
export interface PlanmonitorPlan {
  name: string;
  municipalityCode: string;
  phase: Phase;
  planningStatus: PlanningStatus;
  planType?: PlanType | null;
  bottlenecks?: readonly BottleneckCategory[];
  segments: readonly Pick<TSegmentInput, 'segment' | 'homes'>[];
  deliveries: readonly { year: number; homes: number }[];
  visibility: Visibility;
  notes?: string | null;
}

/** One plan read from a sheet; `key` (name + municipality) finds the plan to update. */
export interface PlanmonitorImport {
  sheet: string;
  key: { name: string; municipalityCode: string };
  plan: TPlanInput;
}

/** A problem in a workbook: the sheet, the cell (`'Plan A'!D19`), its row and column letter, and why. */
export interface PlanmonitorError {
  sheet: string;
  cell: string;
  row: number;
  column: string;
  message: string;
}

/** Every plan of the workbook, or every error and no plan. */
export type PlanmonitorResult =
  | { ok: true; plans: PlanmonitorImport[] }
  | { ok: false; errors: PlanmonitorError[] };
