import ExcelJS from 'exceljs';
import { describe, expect, test } from 'vitest';
import { writeMonitorXlsx } from './monitor-xlsx';
import { buildTestReport, HOSTILE_NAMES } from './report-fixture';

async function open(buffer: Buffer): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(buffer as unknown as ArrayBuffer);
  return workbook;
}

/** Every cell value of a sheet, by row (index 0 is row 1; empty rows are empty arrays). */
function values(sheet: ExcelJS.Worksheet): unknown[][] {
  const out: unknown[][] = [];
  for (let r = 1; r <= sheet.rowCount; r += 1) out.push((sheet.getRow(r).values as unknown[]).slice(1));
  return out;
}

describe('writeMonitorXlsx', () => {
  const input = buildTestReport();

  test('a sheet per table, Prognose only with a forecast', async () => {
    const names = (await open(await writeMonitorXlsx(input))).worksheets.map((s) => s.name);
    expect(names).toEqual([
      'Voortgang',
      'Trajectorie',
      'Planning per jaar',
      'Plancapaciteit',
      'Aandelen',
      'Bezette planruimte',
      'Vrijgevallen',
      'Wijzigingen',
      'Prognose',
    ]);
    const without = await open(await writeMonitorXlsx(buildTestReport({ forecast: false })));
    expect(without.worksheets.map((s) => s.name)).not.toContain('Prognose');
  });

  test("the region's figures equal the monitor's, formatted as whole numbers", async () => {
    const sheet = (await open(await writeMonitorXlsx(input))).getWorksheet('Voortgang');
    const rows = values(sheet as ExcelJS.Worksheet);
    const header = rows.findIndex((row) => row[0] === 'Gemeente');
    const region = rows.find((row) => row[0] === 'Regio (totaal)') as unknown[];
    expect(region[1]).toBe(input.monitor.details.region.target.homes);
    expect(region[2]).toBe(input.monitor.details.region.delivered.homes);
    expect(region[2]).toBe(50);
    expect(sheet?.getCell(header + 2, 2).numFmt).toBe('#,##0');
    expect(sheet?.getCell(header + 2, 6).numFmt).toBe('0%');
    expect(sheet?.getRow(header + 1).getCell(1).font?.bold).toBe(true);
    expect(sheet?.views[0]).toEqual(expect.objectContaining({ state: 'frozen', ySplit: header + 1 }));
  });

  test('every sheet shows the source and the date of generation', async () => {
    const workbook = await open(await writeMonitorXlsx(input));
    for (const sheet of workbook.worksheets) {
      expect(sheet.getCell('A2').value).toBe(
        'Bron: Woonregie, monitor van Proefregio, gegenereerd 23 november 2026',
      );
    }
    const capacity = values(workbook.getWorksheet('Plancapaciteit') as ExcelJS.Worksheet).flat();
    expect(capacity.some((v) => String(v).startsWith('Bron reservemarge: Antwoord op Kamervragen'))).toBe(
      true,
    );
  });

  test('text that a spreadsheet would read as a formula stays text', async () => {
    const workbook = await open(await writeMonitorXlsx(input));
    const cells = workbook.worksheets.flatMap((sheet) => values(sheet).flat());
    for (const name of HOSTILE_NAMES) expect(cells).toContain(`'${name}`);
    expect(cells.filter((v) => typeof v === 'string' && /^[=+\-@]/.test(v))).toEqual([]);
    expect(cells.some((v) => typeof v === 'object' && v !== null && 'formula' in v)).toBe(false);
  });

  test('the forecast sheet carries the sentence and the probability per municipality', async () => {
    const sheet = (await open(await writeMonitorXlsx(input))).getWorksheet('Prognose') as ExcelJS.Worksheet;
    const rows = values(sheet);
    expect(rows.flat()).toContain(input.forecast?.sentence);
    const region = rows.find((row) => row[0] === 'Regio (totaal)') as unknown[];
    expect(region[4]).toBe(input.forecast?.probabilityTargetMet);
  });
});
