import type { Hardness, Phase, Segment } from '../programme';

/**
 * The inputs of the regional monitor and the forecast, as plain data (no IO). The server reads them from the
 * database (only plans that count: not private drafts, as far as the actor may count them); the browser and the
 * bench build them directly.
 */

/** Where a plan stands in the programme (adaptive programming): on hold and withdrawn plans free their capacity. */
export const PROGRAMME_STATUSES = ['active', 'onHold', 'withdrawn'] as const;
export type ProgrammeStatus = (typeof PROGRAMME_STATUSES)[number];
export const PROGRAMME_STATUS_LABELS: Record<ProgrammeStatus, string> = {
  active: 'Actief',
  onHold: 'On hold',
  withdrawn: 'Ingetrokken',
};

/** One plan as the monitor sees it. */
export interface MonitorPlan {
  id: string;
  name: string;
  municipalityCode: string;
  phase: Phase;
  hardness: Hardness;
  programmeStatus: ProgrammeStatus;
  /** Homes per segment (a plan may have several lines of one segment: they are summed). */
  segments: { segment: Segment; homes: number }[];
  /** Planned deliveries per calendar year; empty when the plan has no delivery planning yet. */
  deliveries: { year: number; homes: number }[];
  /** ISO timestamp of the last change. */
  updatedAt: string;
  /** ISO date (yyyy-mm-dd) of the next milestone, or null. */
  nextMilestoneDate: string | null;
  nextMilestoneLabel?: string | null;
  lat?: number | null;
  lon?: number | null;
}

/** A target for the region (municipalityCode null) or one municipality, over inclusive years. */
export interface MonitorTarget {
  municipalityCode: string | null;
  periodStart: number;
  periodEnd: number;
  homes: number;
  /** Homes per segment where the target sets them (e.g. one third social rent). */
  bySegment?: Partial<Record<Segment, number>>;
  demo: boolean;
  source: string | null;
}

/** Homes delivered (realised) in one municipality, year and segment. */
export interface Realisation {
  municipalityCode: string;
  year: number;
  segment: Segment;
  homes: number;
  demo: boolean;
}

/** Settings of a region's monitor, each editable by the region's admin. */
export interface MonitorSettings {
  /** Plan capacity wanted relative to the remaining need; 1.3 = the national 130% rule of thumb. */
  reserveMargin: number;
  /** A plan not updated for this many months occupies plan capacity ("bezet planruimte"). */
  staleAfterMonths: number;
}

export const DEFAULT_MONITOR_SETTINGS: MonitorSettings = { reserveMargin: 1.3, staleAfterMonths: 12 };

/** Source and rationale of the 130% reserve margin, shown next to it (facts-region.md §4.2). */
export const RESERVE_MARGIN_RATIONALE = {
  text:
    'Het Rijk en de provincies sturen op een plancapaciteit van 130% van de woningbouwopgave, ' +
    'rekening houdend met de onvermijdelijke planuitval en vertraging. Het percentage is een vuistregel, ' +
    'geen wettelijke norm.',
  sources: [
    'Antwoord op Kamervragen 2020Z03741 (21-04-2020): Rijk en provincies streven naar 130% plancapaciteit',
    'Gebiedsontwikkeling.nu (2023), "Naar een systematische monitoring van de realisatie van woningbouwplannen"',
  ],
} as const;

/** The municipalities of a region, as the monitor lists them. */
export interface MonitorMunicipality {
  code: string;
  name: string;
}
