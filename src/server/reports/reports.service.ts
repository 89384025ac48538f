import type { Actor } from '../auth/actor';
import type { Db } from '../db/client';
import { runRegionForecast } from '../monitor/forecast.service';
import { getMonitor } from '../monitor/monitor.service';
import { writeMonitorPdf } from './monitor-pdf';
import { writeMonitorXlsx } from './monitor-xlsx';
import { type ReportInput, reportFileName } from './report-input';
import type { TReportQuery } from './reports.schema';

/** The formats the monitor downloads as. */
export const REPORT_FORMATS = {
  xlsx: {
    contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    write: (input: ReportInput) => writeMonitorXlsx(input),
  },
  pdf: { contentType: 'application/pdf', write: (input: ReportInput) => writeMonitorPdf(input) },
} as const;
export type ReportFormat = keyof typeof REPORT_FORMATS;

/**
 * The monitor of a region as a file, with the forecast to the end of its period for the chosen scenario. Access is checked
 * by getMonitor and runRegionForecast (an unknown or invisible region is a 404).
 */
export async function exportMonitor({
  db,
  actor,
  regionId,
  query,
  format,
}: {
  db: Db;
  actor: Actor;
  regionId: string;
  query: TReportQuery;
  format: ReportFormat;
}): Promise<{ body: Buffer; contentType: string; fileName: string }> {
  const monitor = await getMonitor({ db, actor, regionId });
  const forecast = await runRegionForecast({
    db,
    actor,
    regionId,
    // The forecast looks at the end of the monitor's period (2030 for the Woondeal), within its bounds.
    body: { ...query, horizonYear: Math.min(2060, Math.max(2024, monitor.details.periodEnd)) },
  });
  const { contentType, write } = REPORT_FORMATS[format];
  return { body: await write({ monitor, forecast }), contentType, fileName: reportFileName(monitor, format) };
}
