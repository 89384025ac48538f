import ExcelJS from 'exceljs';

/** Test helper: a workbook with one sheet per entry, each a list of rows (cells from column A on). */
export async function buildWorkbook(sheets: Record<string, unknown[][]>): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  for (const [name, rows] of Object.entries(sheets)) {
    const sheet = workbook.addWorksheet(name);
    rows.forEach((cells, index) => {
      cells.forEach((value, column) => {
        if (value !== undefined) sheet.getCell(index + 1, column + 1).value = value as ExcelJS.CellValue;
      });
    });
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** Test helper: loads a workbook written by the code under test. */
export async function loadWorkbook(buffer: Buffer): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(buffer as unknown as ArrayBuffer);
  return workbook;
}
