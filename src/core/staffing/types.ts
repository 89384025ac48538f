/** Hours per week one person works in one role while an activity runs. */
export interface Staffing {
  role: string;
  hoursPerWeek: number;
}

/** One scheduled activity as staff demand sees it: ISO dates, `end` exclusive (start + weeks × 7 days). */
export interface StaffingActivity {
  start: string;
  end: string;
  staffing: readonly Staffing[];
  /** The party that does the work (gemeente, corporatie, ontwikkelaar, gezamenlijk); absent: counts always. */
  party?: string | null;
}

/** One plan's schedule: the plan and its dated activities. */
export interface StaffingSchedule {
  planId: string;
  planName: string;
  activities: readonly StaffingActivity[];
}

export interface StaffDemandOptions {
  /** The first month of the window, `YYYY-MM`. */
  from: string;
  /** How many months the window has (1 or more). */
  months: number;
  /** Only activities of these parties count (activities without a party always do); absent: all. */
  parties?: readonly string[];
}

/** A plan's part of one role-month, in FTE. */
export interface PlanShare {
  planId: string;
  planName: string;
  fte: number;
}

/** The demand of one role in one month: FTE averaged over the month, and the plans causing it (largest first). */
export interface DemandCell {
  month: string;
  fte: number;
  plans: PlanShare[];
}

/** One role with one cell per month of the window. */
export interface RoleDemand {
  role: string;
  cells: DemandCell[];
}

export interface StaffDemand {
  /** The months of the window, `YYYY-MM`, in order. */
  months: string[];
  /** The roles with demand in the window, in the order of the route map's roles. */
  roles: RoleDemand[];
}

/** A demand cell against the role's available FTE; `over` when demand exceeds it. */
export interface CapacityCell extends DemandCell {
  /** Null: the organisation has recorded no capacity for this role, so nothing is flagged. */
  available: number | null;
  over: boolean;
  /** Demand minus available when over, else 0. */
  shortage: number;
}

export interface RoleCapacity {
  role: string;
  available: number | null;
  /** The highest monthly demand in the window. */
  peak: number;
  cells: CapacityCell[];
}

/** One over-allocated role-month with the plans causing it. */
export interface OverAllocation {
  role: string;
  month: string;
  fte: number;
  available: number;
  shortage: number;
  plans: PlanShare[];
}

export interface CapacityComparison {
  months: string[];
  roles: RoleCapacity[];
  overAllocations: OverAllocation[];
}
