import type { AreaFigures, ForecastResult, MonitorAggregate } from '../../core/monitor';
import { SEGMENT_LABELS, type Segment } from '../../core/programme';
import { bandCentre, type ChartFrame, closeChart, drawCategoryLabels, openChart } from './pdf-chart-frame';
import type { Pdf } from './pdf-document';

const HEIGHT = 150;
const BLUE = '#1f4e79';
const RED = '#b22222';
const GREY = '#7f7f7f';

/** Segment colours, distinguishable in print and named in the legend (never colour alone). */
export const SEGMENT_COLORS: Record<Segment, string> = {
  socialRent: '#1f4e79',
  midRent: '#4f8fc0',
  affordableBuy: '#9cc3e4',
  freeRent: '#e3a33b',
  freeBuy: '#b85450',
  unknown: '#a6a6a6',
};

/** A polyline through the points, optionally dashed. */
function polyline(doc: Pdf, points: [number, number][], color: string, dashed = false): void {
  const [first, ...rest] = points;
  if (!first) return;
  doc.moveTo(first[0], first[1]);
  for (const [x, y] of rest) doc.lineTo(x, y);
  doc.lineWidth(1.6).strokeColor(color);
  if (dashed) doc.dash(4, { space: 3 });
  doc.stroke().undash();
}

/** Cumulative delivered homes against the straight path to the target. */
export function drawTrajectoryChart(doc: Pdf, region: AreaFigures): void {
  const rows = region.trajectory;
  const frame = openChart(doc, HEIGHT, Math.max(1, ...rows.map((r) => Math.max(r.path, r.delivered ?? 0))));
  const x = (i: number) => bandCentre(frame, i, rows.length);
  polyline(
    doc,
    rows.map((r, i) => [x(i), frame.y(r.path)]),
    GREY,
    true,
  );
  const delivered = rows.flatMap((r, i): [number, number][] =>
    r.delivered === null ? [] : [[x(i), frame.y(r.delivered)]],
  );
  polyline(doc, delivered, BLUE);
  for (const [px, py] of delivered) doc.circle(px, py, 2.2).fill(BLUE);
  drawCategoryLabels(
    doc,
    frame,
    rows.map((r) => String(r.year)),
  );
  closeChart(doc, frame, [
    { label: 'Gerealiseerd (cumulatief)', color: BLUE, kind: 'line' },
    { label: 'Pad naar het doel', color: GREY, kind: 'dash' },
  ]);
}

/** Stacks values from the axis up in one band; `values` in segment order. */
function stack(
  doc: Pdf,
  frame: ChartFrame,
  centre: number,
  barWidth: number,
  parts: [number, string][],
): void {
  let base = 0;
  for (const [value, color] of parts) {
    if (value <= 0) continue;
    const top = frame.y(base + value);
    doc.rect(centre - barWidth / 2, top, barWidth, frame.y(base) - top).fill(color);
    base += value;
  }
}

/** Planned deliveries per year, stacked by segment. */
export function drawPlanningChart(doc: Pdf, region: AreaFigures, segments: readonly Segment[]): void {
  const rows = region.planned.perYear;
  const frame = openChart(doc, HEIGHT, Math.max(1, ...rows.map((r) => r.homes)));
  const band = frame.width / Math.max(1, rows.length);
  rows.forEach((row, i) => {
    const parts = segments.map((s): [number, string] => [row.bySegment[s], SEGMENT_COLORS[s]]);
    stack(doc, frame, bandCentre(frame, i, rows.length), band * 0.62, parts);
  });
  drawCategoryLabels(
    doc,
    frame,
    rows.map((r) => String(r.year)),
  );
  closeChart(
    doc,
    frame,
    segments.map((s) => ({ label: SEGMENT_LABELS[s], color: SEGMENT_COLORS[s], kind: 'box' as const })),
  );
}

/** Per municipality: hard and soft capacity stacked, with marks at the remaining need and need × margin. */
export function drawCapacityChart(doc: Pdf, details: MonitorAggregate): void {
  const areas = details.municipalities;
  const top = (a: AreaFigures) => Math.max(a.capacity.hard + a.capacity.soft, a.capacity.wanted);
  const frame = openChart(doc, HEIGHT, Math.max(1, ...areas.map(top)));
  const band = frame.width / Math.max(1, areas.length);
  areas.forEach((area, i) => {
    const centre = bandCentre(frame, i, areas.length);
    const { hard, soft, remainingNeed, wanted } = area.capacity;
    stack(doc, frame, centre, band * 0.5, [
      [hard, BLUE],
      [soft, '#9cc3e4'],
    ]);
    const mark = (value: number, color: string, dashed: boolean) =>
      polyline(
        doc,
        [
          [centre - band * 0.38, frame.y(value)],
          [centre + band * 0.38, frame.y(value)],
        ],
        color,
        dashed,
      );
    mark(remainingNeed, '#1a1a1a', false);
    mark(wanted, RED, true);
  });
  drawCategoryLabels(
    doc,
    frame,
    areas.map((a) => a.name),
  );
  const margin = `${Math.round(details.reserveMargin * 100)}%`;
  closeChart(doc, frame, [
    { label: 'Hard', color: BLUE, kind: 'box' },
    { label: 'Zacht', color: '#9cc3e4', kind: 'box' },
    { label: 'Resterende opgave', color: '#1a1a1a', kind: 'line' },
    { label: `Resterende opgave x reservemarge (${margin})`, color: RED, kind: 'dash' },
  ]);
}

/** The forecast's fan: the band from P10 to P90 of deliveries per year with the P50 line. */
export function drawFanChart(doc: Pdf, forecast: ForecastResult): void {
  const rows = forecast.perYear;
  const frame = openChart(doc, HEIGHT, Math.max(1, ...rows.map((r) => r.p90)));
  const x = (i: number) => bandCentre(frame, i, rows.length);
  const band = frame.width / Math.max(1, rows.length);
  const upper = rows.map((r, i): [number, number] => [x(i), frame.y(r.p90)]);
  const lower = rows.map((r, i): [number, number] => [x(i), frame.y(r.p10)]).reverse();
  if (rows.length === 1 && rows[0]) {
    const r = rows[0];
    doc.rect(x(0) - band * 0.2, frame.y(r.p90), band * 0.4, frame.y(r.p10) - frame.y(r.p90)).fill('#c6dbef');
  } else if (rows.length > 1) {
    doc.polygon(...upper, ...lower).fill('#c6dbef');
  }
  const median = rows.map((r, i): [number, number] => [x(i), frame.y(r.p50)]);
  polyline(doc, median, BLUE);
  for (const [px, py] of median) doc.circle(px, py, 2).fill(BLUE);
  drawCategoryLabels(
    doc,
    frame,
    rows.map((r) => String(r.year)),
  );
  closeChart(doc, frame, [
    { label: 'P10 tot P90 (80% van de simulaties)', color: '#c6dbef', kind: 'box' },
    { label: 'P50 (mediaan)', color: BLUE, kind: 'line' },
  ]);
}
