import type { ReportInput } from './report-input';
import type { ReportSheet } from './report-table';
import { buildForecastSheet } from './sheets-forecast';
import { buildChangesSheet, buildFreedSheet, buildOccupiedSheet } from './sheets-lists';
import {
  buildCapacitySheet,
  buildPlanningSheet,
  buildProgressSheet,
  buildSharesSheet,
  buildTrajectorySheet,
} from './sheets-monitor';

/** Every table of the monitor export, in the order of the workbook; "Prognose" only with a forecast. */
export function buildReportSheets({ monitor, forecast }: ReportInput): ReportSheet[] {
  return [
    buildProgressSheet(monitor),
    buildTrajectorySheet(monitor),
    buildPlanningSheet(monitor),
    buildCapacitySheet(monitor),
    buildSharesSheet(monitor),
    buildOccupiedSheet(monitor),
    buildFreedSheet(monitor),
    buildChangesSheet(monitor),
    ...(forecast ? [buildForecastSheet(monitor, forecast)] : []),
  ];
}
