import type {
  ForecastResult,
  FreedCapacity,
  MonitorAggregate,
  OccupiedCapacity,
  SnapshotComparison,
} from '../../core/monitor';
import { formatDate } from '../../core/monitor';

/**
 * What the monitor exports are written from: the part of `getMonitor`'s answer they show (so the writers depend
 * on core types only and are tested without a database) and the forecast, when it is included.
 */
export interface ReportMonitor {
  generatedAt: string;
  regionInfo: { slug: string; name: string };
  settings: { reserveMargin: number; rationale: { text: string; sources: readonly string[] } };
  details: MonitorAggregate;
  occupied: readonly OccupiedCapacity[];
  freed: readonly FreedCapacity[];
  changes: (SnapshotComparison & { since: { quarter: string; takenAt: string } }) | null;
}

/** The input of both writers. */
export interface ReportInput {
  monitor: ReportMonitor;
  forecast: ForecastResult | null;
}

const AMSTERDAM_DAY = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Europe/Amsterdam',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/**
 * The calendar day of a moment in Europe/Amsterdam as yyyy-mm-dd (style.md: store UTC, show Amsterdam).
 * @example amsterdamDay('2026-11-23T23:30:00Z') // '2026-11-24'
 */
export function amsterdamDay(iso: string): string {
  return AMSTERDAM_DAY.format(new Date(iso));
}

/** "Bron: Woonregie, monitor van <regio>, gegenereerd <datum>", the line every sheet and page carries. */
export function describeSource(monitor: ReportMonitor): string {
  const day = formatDate(amsterdamDay(monitor.generatedAt));
  return `Bron: Woonregie, monitor van ${monitor.regionInfo.name}, gegenereerd ${day}`;
}

/** The download's file name, e.g. `monitor-gooi-en-vechtstreek-2026-11-23.xlsx`. */
export function reportFileName(monitor: ReportMonitor, extension: 'xlsx' | 'pdf'): string {
  const slug = monitor.regionInfo.slug.replace(/[^a-z0-9-]+/gi, '-').toLowerCase() || 'regio';
  return `monitor-${slug}-${amsterdamDay(monitor.generatedAt)}.${extension}`;
}

/** A municipality's name by its CBS code, from the monitor (the code itself when unknown). */
export function municipalityNamer(monitor: ReportMonitor): (code: string) => string {
  const names = new Map(monitor.details.municipalities.map((m) => [m.code ?? '', m.name]));
  return (code) => names.get(code) ?? code;
}
