import { cellText, plainCell } from './cell-value';
import { streamFirstSheet } from './xlsx-stream';

/** Which importer a file is for. */
export type ImportKind = 'planTable' | 'planmonitor' | 'unknown';

/** The text of cell A1 of the first sheet, streamed so that a large file costs little; null if unreadable. */
async function readFirstCell(buffer: Buffer): Promise<string | null> {
  let a1 = '';
  try {
    await streamFirstSheet(buffer, (row) => {
      if (row.number === 1) a1 = cellText(plainCell(row.getCell(1)));
      return false;
    });
    return a1;
  } catch {
    return null;
  }
}

/**
 * Tells which importer a file is for: a `.csv` is a plan table; an `.xlsx` is a Planmonitor Wonen workbook when
 * its first sheet has "Plannaam" in A1, else a plan table; anything else (or an unreadable workbook) is unknown.
 * @example await detectImportKind(buffer, 'plannen.xlsx') // 'planTable'
 */
export async function detectImportKind(buffer: Buffer, fileName: string): Promise<ImportKind> {
  const extension = fileName.toLowerCase().split('.').pop();
  if (extension === 'csv') return 'planTable';
  if (extension !== 'xlsx' || buffer.subarray(0, 2).toString('latin1') !== 'PK') return 'unknown';
  const a1 = await readFirstCell(buffer);
  if (a1 === null) return 'unknown';
  return a1.toLowerCase() === 'plannaam' ? 'planmonitor' : 'planTable';
}
