import { Readable } from 'node:stream';
import ExcelJS from 'exceljs';

/** The name of the first sheet in tab order, once the reader has read `xl/workbook.xml`. */
function firstSheetName(reader: ExcelJS.stream.xlsx.WorkbookReader): string | undefined {
  return (reader as unknown as { model?: { sheets?: { name: string }[] } }).model?.sheets?.[0]?.name;
}

/**
 * Streams the rows of the first sheet (tab order) of a workbook, one at a time, until `onRow` returns false.
 * Always runs the reader to its end: ExcelJS parks sheets in temporary files until it has read the shared
 * strings, and removes them (and closes their files) only when its loop finishes; leaving early leaks both.
 * Throws when the bytes are not a readable workbook.
 * @example await streamFirstSheet(buffer, (row) => { rows.push(row); return true; })
 */
export async function streamFirstSheet(buffer: Buffer, onRow: (row: ExcelJS.Row) => boolean): Promise<void> {
  let delivered = 0;
  try {
    await streamRows(buffer, (row) => {
      delivered += 1;
      return onRow(row);
    });
  } catch (error) {
    // ExcelJS's stream reader fails on some valid workbooks (e.g. its own, with several sheets written before
    // xl/workbook.xml); read those whole instead, as long as no row has been handed out yet.
    if (delivered > 0) throw error;
    await readRowsWhole(buffer, onRow);
  }
}

async function readRowsWhole(buffer: Buffer, onRow: (row: ExcelJS.Row) => boolean): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(buffer as unknown as ArrayBuffer);
  const sheet = workbook.worksheets[0];
  if (!sheet) throw new Error('no worksheet');
  for (let number = 1; number <= sheet.rowCount; number += 1) {
    const row = sheet.getRow(number);
    if (!row.hasValues) continue;
    if (!onRow(row)) return;
  }
}

async function streamRows(buffer: Buffer, onRow: (row: ExcelJS.Row) => boolean): Promise<void> {
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(Readable.from([buffer]), {
    sharedStrings: 'cache',
    worksheets: 'emit',
    styles: 'ignore',
    hyperlinks: 'ignore',
    entries: 'ignore',
  });
  let done = false;
  for await (const sheet of reader) {
    const first = firstSheetName(reader);
    const wanted: boolean = !done && (!first || (sheet as unknown as { name: string }).name === first);
    for await (const row of sheet) {
      if (!wanted || !onRow(row)) break;
    }
    done ||= wanted;
  }
}
