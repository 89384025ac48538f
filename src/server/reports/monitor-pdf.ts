import { formatHomes, formatPercent } from '../../core/monitor';
import { chartCaption } from './pdf-chart-frame';
import { drawCapacityChart, drawFanChart, drawPlanningChart, drawTrajectoryChart } from './pdf-charts';
import {
  addFooters,
  COLORS,
  contentWidth,
  createPdf,
  finishPdf,
  heading,
  MARGIN,
  type Pdf,
  paragraph,
  toWinAnsi,
} from './pdf-document';
import { drawTable } from './pdf-table';
import { describeSource, type ReportInput } from './report-input';
import { buildReportSheets } from './report-sheets';
import type { ReportSheet } from './report-table';
import { describeForecastRun } from './sheets-forecast';
import { plannedSegments } from './sheets-monitor';

/** The title block: what, which region, when, from where. */
function drawTitle(doc: Pdf, { monitor }: ReportInput): void {
  const { details } = monitor;
  doc.font('Helvetica').fontSize(9).fillColor(COLORS.muted).text('WOONREGIE  |  REGIONALE MONITOR WONINBOUW');
  doc.moveDown(0.4).font('Helvetica-Bold').fontSize(22).fillColor(COLORS.accent);
  doc.text(toWinAnsi(`Monitor ${monitor.regionInfo.name}`), { width: contentWidth(doc) });
  doc.moveDown(0.2).font('Helvetica').fontSize(11).fillColor(COLORS.text);
  doc.text(
    toWinAnsi(
      `Voortgang, plancapaciteit en prognose van de woningbouwopgave ${details.periodStart}–${details.periodEnd}`,
    ),
  );
  doc.moveDown(0.2).fontSize(9).fillColor(COLORS.muted);
  doc.text(toWinAnsi(`${describeSource(monitor)}.`));
  doc.moveDown(0.8);
}

/** The forecast's plain sentence in a tinted box, with how it was made. */
function drawKeySentence(doc: Pdf, { forecast }: ReportInput): void {
  if (!forecast) return;
  const width = contentWidth(doc);
  const sentence = toWinAnsi(forecast.sentence);
  const how = toWinAnsi(describeForecastRun(forecast));
  doc.font('Helvetica-Bold').fontSize(12);
  const h1 = doc.heightOfString(sentence, { width: width - 24 });
  doc.font('Helvetica').fontSize(8.5);
  const h2 = doc.heightOfString(how, { width: width - 24 });
  const top = doc.y;
  doc.rect(MARGIN, top, width, h1 + h2 + 26).fill('#eef3f8');
  doc.rect(MARGIN, top, 4, h1 + h2 + 26).fill(COLORS.accent);
  doc.font('Helvetica-Bold').fontSize(12).fillColor(COLORS.text);
  doc.text(sentence, MARGIN + 14, top + 10, { width: width - 24 });
  doc.font('Helvetica').fontSize(8.5).fillColor(COLORS.muted);
  doc.text(how, MARGIN + 14, doc.y + 4, { width: width - 24 });
  doc.x = MARGIN;
  doc.y = top + h1 + h2 + 40;
}

/** Four key figures in a row. */
function drawKeyFigures(doc: Pdf, { monitor, forecast }: ReportInput): void {
  const region = monitor.details.region;
  const share = region.target.homes ? region.delivered.homes / region.target.homes : 0;
  const tiles = [
    [
      'Doel',
      formatHomes(region.target.homes),
      `woningen ${region.target.period.start}–${region.target.period.end}`,
    ],
    ['Gerealiseerd', formatHomes(region.delivered.homes), `${formatPercent(share)} van het doel`],
    [
      'Achterstand',
      formatHomes(region.progress.behindBy),
      `op het pad (${formatHomes(region.progress.expectedByNow)} verwacht)`,
    ],
    forecast
      ? ['Kans', formatPercent(forecast.probabilityTargetMet), `opgave ${forecast.horizonYear} gehaald`]
      : ['Harde plancapaciteit', formatHomes(region.capacity.hard), 'woningen'],
  ];
  const gap = 8;
  const width = (contentWidth(doc) - gap * 3) / 4;
  const top = doc.y;
  tiles.forEach(([label, value, note], i) => {
    const x = MARGIN + i * (width + gap);
    doc.rect(x, top, width, 58).lineWidth(0.6).strokeColor(COLORS.rule).stroke();
    doc
      .font('Helvetica')
      .fontSize(8)
      .fillColor(COLORS.muted)
      .text(toWinAnsi(label ?? ''), x + 8, top + 7, { width: width - 16 });
    doc
      .font('Helvetica-Bold')
      .fontSize(17)
      .fillColor(COLORS.accent)
      .text(value ?? '', x + 8, top + 19, { width: width - 16 });
    doc
      .font('Helvetica')
      .fontSize(7)
      .fillColor(COLORS.muted)
      .text(toWinAnsi(note ?? ''), x + 8, top + 40, { width: width - 16 });
  });
  doc.x = MARGIN;
  doc.y = top + 70;
  doc.fillColor(COLORS.text);
}

/** A section: heading, an optional chart with its caption, the notes, then the tables. */
function drawSection(
  doc: Pdf,
  sheet: ReportSheet | undefined,
  chart?: { caption: string; draw: () => void },
) {
  if (!sheet) return;
  heading(doc, sheet.title, chart ? 230 : 90);
  if (chart) {
    chartCaption(doc, chart.caption, 180);
    chart.draw();
  }
  for (const note of sheet.notes) paragraph(doc, note, { size: 8.5, muted: true });
  doc.moveDown(0.3);
  for (const table of sheet.tables) drawTable(doc, table, sheet.title);
}

/**
 * The monitor as a printable A4 report for a council or the regional table: title block, the forecast's
 * sentence, key figures, then each chart (vector graphics) followed by its numbers, the per-municipality tables,
 * occupied and freed capacity and the changes since the last snapshot. Page numbers and date in the footer.
 */
export async function writeMonitorPdf(
  input: ReportInput,
  options: { compress?: boolean } = {},
): Promise<Buffer> {
  const { monitor, forecast } = input;
  const doc = createPdf({ title: `Monitor ${monitor.regionInfo.name}`, compress: options.compress });
  const sheets = new Map(buildReportSheets(input).map((sheet) => [sheet.name, sheet]));
  const region = monitor.details.region;
  drawTitle(doc, input);
  drawKeySentence(doc, input);
  drawKeyFigures(doc, input);
  drawSection(doc, sheets.get('Trajectorie'), {
    caption: 'Figuur 1. Gerealiseerde woningen (cumulatief) tegen het pad naar het doel',
    draw: () => drawTrajectoryChart(doc, region),
  });
  drawSection(doc, sheets.get('Voortgang'));
  drawSection(doc, sheets.get('Planning per jaar'), {
    caption: 'Figuur 2. Geplande opleveringen per jaar, gestapeld naar segment',
    draw: () => drawPlanningChart(doc, region, plannedSegments(region)),
  });
  drawSection(doc, sheets.get('Plancapaciteit'), {
    caption: 'Figuur 3. Plancapaciteit per gemeente naar hardheid tegen de resterende opgave',
    draw: () => drawCapacityChart(doc, monitor.details),
  });
  drawSection(doc, sheets.get('Aandelen'));
  if (forecast) {
    drawSection(doc, sheets.get('Prognose'), {
      caption: 'Figuur 4. Prognose van de opleveringen per jaar (waaier P10 tot P90, lijn P50)',
      draw: () => drawFanChart(doc, forecast),
    });
  }
  for (const name of ['Bezette planruimte', 'Vrijgevallen', 'Wijzigingen'])
    drawSection(doc, sheets.get(name));
  addFooters(doc, describeSource(monitor));
  return finishPdf(doc);
}
