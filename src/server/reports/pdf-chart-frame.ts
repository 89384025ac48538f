import { formatHomes } from '../../core/monitor';
import { COLORS, contentWidth, ensureSpace, MARGIN, type Pdf, toWinAnsi } from './pdf-document';

/** The plotting area of a chart, with a linear y scale from 0 to `max` homes. */
export interface ChartFrame {
  left: number;
  top: number;
  width: number;
  height: number;
  max: number;
  /** The y position of a value. */
  y(value: number): number;
}

/** A legend entry: a filled box, a solid line or a dashed line. */
export interface LegendItem {
  label: string;
  color: string;
  kind: 'box' | 'line' | 'dash';
}

/**
 * A round upper bound for an axis, so its five ticks fall on readable numbers.
 * @example niceMax(7321) // 8000
 */
export function niceMax(value: number): number {
  if (value <= 0) return 10;
  const step = value / 5;
  const power = 10 ** Math.floor(Math.log10(step));
  const nice = [1, 2, 2.5, 5, 10].find((m) => m * power >= step) ?? 10;
  return nice * power * 5;
}

/** Reserves space for a chart of `height` points (plus axis and legend) and draws its y axis and grid. */
export function openChart(doc: Pdf, height: number, maxValue: number): ChartFrame {
  ensureSpace(doc, height + 50);
  const max = niceMax(maxValue);
  const left = MARGIN + 42;
  const top = doc.y + 6;
  const width = contentWidth(doc) - 46;
  const y = (value: number) => top + height - (value / max) * height;
  doc.font('Helvetica').fontSize(7).fillColor(COLORS.muted);
  for (let tick = 0; tick <= 5; tick += 1) {
    const value = (max / 5) * tick;
    doc
      .moveTo(left, y(value))
      .lineTo(left + width, y(value))
      .lineWidth(tick === 0 ? 0.8 : 0.3)
      .strokeColor(tick === 0 ? COLORS.text : '#d9d9d9')
      .stroke();
    doc.text(formatHomes(value), MARGIN, y(value) - 3.5, { width: 38, align: 'right', lineBreak: false });
  }
  return { left, top, width, height, max, y };
}

/** The centre of category `i` of `count` along the x axis. */
export function bandCentre(frame: ChartFrame, i: number, count: number): number {
  return frame.left + ((i + 0.5) * frame.width) / count;
}

/** Writes the category labels (years) under the chart; long lists show every other label. */
export function drawCategoryLabels(doc: Pdf, frame: ChartFrame, labels: readonly string[]): void {
  const step = labels.length > 14 ? 2 : 1;
  const band = frame.width / Math.max(1, labels.length);
  doc.font('Helvetica').fontSize(7).fillColor(COLORS.muted);
  labels.forEach((label, i) => {
    if (i % step) return;
    const centre = bandCentre(frame, i, labels.length);
    doc.text(toWinAnsi(label), centre - band, frame.top + frame.height + 4, {
      width: 2 * band,
      align: 'center',
      lineBreak: false,
    });
  });
}

/** Draws the legend under the chart and moves doc.y below it. */
export function closeChart(doc: Pdf, frame: ChartFrame, legend: readonly LegendItem[]): void {
  let x = frame.left;
  let y = frame.top + frame.height + 18;
  doc.font('Helvetica').fontSize(7.5);
  for (const item of legend) {
    const label = toWinAnsi(item.label);
    const width = 16 + doc.widthOfString(label) + 14;
    if (x + width > frame.left + frame.width) {
      x = frame.left;
      y += 12;
    }
    if (item.kind === 'box') doc.rect(x, y, 9, 7).fill(item.color);
    else {
      doc
        .moveTo(x, y + 3.5)
        .lineTo(x + 11, y + 3.5)
        .lineWidth(1.6)
        .strokeColor(item.color);
      if (item.kind === 'dash') doc.dash(2.5, { space: 1.5 });
      doc.stroke().undash();
    }
    doc.fillColor(COLORS.text).text(label, x + 14, y, { lineBreak: false });
    x += width;
  }
  doc.x = MARGIN;
  doc.y = y + 18;
}

/** A chart's caption above it, bold, kept with the chart. */
export function chartCaption(doc: Pdf, caption: string, chartHeight: number): void {
  ensureSpace(doc, chartHeight + 70);
  doc.font('Helvetica-Bold').fontSize(9).fillColor(COLORS.text);
  doc.text(toWinAnsi(caption), MARGIN, doc.y, { width: contentWidth(doc) });
  doc.moveDown(0.2).font('Helvetica');
}
