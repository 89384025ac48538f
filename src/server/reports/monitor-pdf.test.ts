import { describe, expect, test } from 'vitest';
import { writeMonitorPdf } from './monitor-pdf';
import { toWinAnsi } from './pdf-document';
import { buildTestReport } from './report-fixture';

/** The text strings shown in an uncompressed PDF's content streams, joined (pdfkit writes them hex-encoded). */
function shownText(pdf: Buffer): string {
  const raw = pdf.toString('latin1');
  const hex = [...raw.matchAll(/<([0-9a-f]+)> ?-?[\d.]*/g)].map((m) =>
    Buffer.from(m[1] ?? '', 'hex').toString('latin1'),
  );
  return hex.join('');
}

describe('writeMonitorPdf', () => {
  const input = buildTestReport();

  test('an A4 PDF with the region, the forecast sentence, the source and page numbers', async () => {
    const pdf = await writeMonitorPdf(input, { compress: false });
    const raw = pdf.toString('latin1');
    expect(raw.startsWith('%PDF-')).toBe(true);
    const boxes = [...raw.matchAll(/\/MediaBox \[([^\]]+)\]/g)].map((m) =>
      m[1]?.trim().split(/\s+/).map(Number),
    );
    expect(boxes.length).toBeGreaterThan(1);
    for (const box of boxes) expect(box).toEqual([0, 0, 595.28, 841.89]);
    const text = shownText(pdf);
    expect(text).toContain('Monitor Proefregio');
    expect(text).toContain(input.forecast?.sentence);
    expect(text).toContain('gegenereerd 23 november 2026');
    expect(text).toContain(`Pagina ${boxes.length} van ${boxes.length}`);
  });

  test('Dutch numbers: thousands with a dot, whole percentages', async () => {
    const text = shownText(await writeMonitorPdf(input, { compress: false }));
    expect(input.monitor.details.region.target.homes).toBe(1000);
    expect(text).toContain('1.000');
    expect(text).toMatch(/\d+%/);
    expect(text).not.toMatch(/\d,\d{3}\b/);
  });

  test('without a forecast: no forecast section, still a valid report', async () => {
    const text = shownText(await writeMonitorPdf(buildTestReport({ forecast: false }), { compress: false }));
    expect(text).toContain('Monitor Proefregio');
    expect(text).not.toContain('Prognose tot en met');
  });

  test.each([
    ['minstens 60 m²', '≥ 60 m²'],
    ['2027 -> 2029', '2027 → 2029'],
    ['Café “De Gooi” – €5', 'Café “De Gooi” – €5'],
    ['? rekenen', '🙂 rekenen'],
  ])('toWinAnsi gives %j for %j', (expected, input) => {
    expect(toWinAnsi(input).replace(/ {2}/g, ' ')).toBe(expected);
  });
});
