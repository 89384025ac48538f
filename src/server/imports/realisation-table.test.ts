import { describe, expect, test } from 'vitest';
import { parseRealisationTable } from './realisation-table';
import { writeRealisationTableTemplate } from './realisation-template';
import { buildWorkbook, loadWorkbook } from './test-workbooks';

const context = { municipalityCodes: ['GM0402', 'GM0406'], now: new Date('2026-03-01T12:00:00Z') };
const csv = (...lines: string[]) => Buffer.from(`${lines.join('\n')}\n`, 'utf8');

describe('parseRealisationTable', () => {
  test('reads Dutch headers and segment labels or codes', async () => {
    const file = csv(
      'Gemeentecode;Jaar;Segment;Woningen',
      'GM0402;2024;Sociale huur;25',
      'GM0406;2025;freeBuy;1.100',
    );
    expect(await parseRealisationTable(file, 'r.csv', context)).toEqual({
      ok: true,
      rows: [
        { row: 2, municipalityCode: 'GM0402', year: 2024, segment: 'socialRent', homes: 25 },
        { row: 3, municipalityCode: 'GM0406', year: 2025, segment: 'freeBuy', homes: 1100 },
      ],
    });
  });

  test('reads a workbook with numbers as numbers', async () => {
    const buffer = await buildWorkbook({
      Blad1: [
        ['municipalityCode', 'year', 'segment', 'homes'],
        [406, 2023, 'Middenhuur', 7],
      ],
    });
    const result = await parseRealisationTable(buffer, 'r.xlsx', context);
    expect(result.ok && result.rows).toEqual([
      { row: 2, municipalityCode: 'GM0406', year: 2023, segment: 'midRent', homes: 7 },
    ]);
  });

  test('collects every error: duplicates, future years, unknown segments, bad counts', async () => {
    const file = csv(
      'municipalityCode,year,segment,homes',
      'GM0402,2024,socialRent,3',
      'GM0402,2024,Sociale huur,4',
      'GM0402,2027,Koophuur,-1',
      'GM0402,,midRent,2',
    );
    expect(await parseRealisationTable(file, 'r.csv', context)).toEqual({
      ok: false,
      errors: [
        { row: 3, column: 'segment', message: 'GM0402, 2024, sociale huur staat ook in rij 2.' },
        { row: 4, column: 'year', message: '"2027" is geen jaar van 2000 tot en met 2026.' },
        {
          row: 4,
          column: 'segment',
          message:
            'Onbekend segment "Koophuur". Kies uit: Sociale huur, Middenhuur, Betaalbare koop, Vrije sector huur, Vrije sector koop, Onbekend.',
        },
        { row: 4, column: 'homes', message: '"-1" is geen heel aantal van 0 of meer.' },
        { row: 5, column: 'year', message: 'Vul een jaar in.' },
      ],
    });
  });

  test('a missing column is an error on row 1', async () => {
    const result = await parseRealisationTable(
      csv('Gemeentecode;Jaar;Woningen', 'GM0402;2024;3'),
      'r.csv',
      context,
    );
    expect(!result.ok && result.errors).toEqual([
      { row: 1, column: 'segment', message: 'De kolom "segment" (of "Segment") ontbreekt in de kopregel.' },
    ]);
  });
});

describe('writeRealisationTableTemplate', () => {
  test('the CSV example row is refused unchanged and accepted with a real municipality', async () => {
    const buffer = await writeRealisationTableTemplate('csv');
    const unchanged = await parseRealisationTable(buffer, 't.csv', context);
    expect(!unchanged.ok && unchanged.errors[0]?.message).toMatch(/fictieve gemeente/);
    const fixed = Buffer.from(buffer.toString('utf8').replace('GM9999', 'GM0402'), 'utf8');
    const result = await parseRealisationTable(fixed, 't.csv', context);
    expect(result.ok && result.rows).toEqual([
      { row: 2, municipalityCode: 'GM0402', year: 2024, segment: 'socialRent', homes: 25 },
    ]);
  });

  test('the XLSX has a Toelichting sheet and a segment list', async () => {
    const workbook = await loadWorkbook(await writeRealisationTableTemplate('xlsx'));
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(['Realisaties', 'Toelichting']);
    expect(workbook.getWorksheet('Realisaties')?.getCell('C2').dataValidation?.formulae?.[0]).toContain(
      'Middenhuur',
    );
  });
});
