import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import type { Actor } from '../src/server/auth/actor';
import type { Db } from '../src/server/db/client';
import { parsePlanTable } from '../src/server/imports';
import { importPlans } from '../src/server/imports/imports.service';
import { PLAN_TABLE_COLUMNS, SEGMENT_COLUMNS } from '../src/server/imports/plan-table-row';
import type { NationalPlan } from './national-generate';

/**
 * A plan table in the contract's columns (header row = PLAN_TABLE_COLUMNS keys) with one row per given plan,
 * as new plans: external id `IMP-nnnnn`, name "Importplan nnnnn … (gegenereerd)", all homes in the first
 * delivery year. Written with exceljs' streaming writer, as a large export would be.
 */
export async function writeImportFile(source: readonly NationalPlan[]): Promise<Buffer> {
  const file = path.join(os.tmpdir(), `woonregie-bench-import-${process.pid}.xlsx`);
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: file, useSharedStrings: true });
  const sheet = workbook.addWorksheet('Plannen');
  sheet.addRow(PLAN_TABLE_COLUMNS.map((c) => c.key)).commit();
  source.forEach(({ input }, i) => {
    const n = String(i + 1).padStart(5, '0');
    const homes = (segment: string) =>
      input.segments.filter((l) => l.segment === segment).reduce((s, l) => s + l.homes, 0);
    sheet
      .addRow([
        `IMP-${n}`,
        `Importplan ${n} ${input.municipalityCode} (gegenereerd)`,
        input.municipalityCode,
        input.phase,
        input.planningStatus,
        ...SEGMENT_COLUMNS.map(homes),
        input.deliveries[0]?.year ?? null,
      ])
      .commit();
  });
  await workbook.commit();
  const buffer = await fs.readFile(file);
  await fs.rm(file, { force: true });
  return buffer;
}

async function timed<T>(f: () => Promise<T>): Promise<{ ms: number; value: T }> {
  const started = performance.now();
  const value = await f();
  return { ms: Math.round(performance.now() - started), value };
}

/**
 * Times (a) parsing the file and (b) the full import into the national region (every row a new plan), then
 * (c) importing the same file again (every row unchanged: the lookup and comparison without writes).
 */
export async function measureImport(db: Db, actor: Actor, codes: string[], buffer: Buffer) {
  const fileName = 'plannen-nationaal.xlsx';
  const parse = await timed(() => parsePlanTable(buffer, fileName, { municipalityCodes: codes }));
  if (!parse.value.ok) throw new Error(`parse failed: ${JSON.stringify(parse.value.errors.slice(0, 3))}`);
  const base = {
    rows: parse.value.rows.length,
    fileMb: Math.round(buffer.length / 1e5) / 10,
    parseMs: parse.ms,
  };
  const first = await timed(() => importPlans({ db, actor, file: { buffer, fileName }, dryRun: false }));
  const again = await timed(() => importPlans({ db, actor, file: { buffer, fileName }, dryRun: false }));
  return {
    ...base,
    importMs: first.ms,
    created: first.value.created,
    reimportMs: again.ms,
    reimportUnchanged: again.value.unchanged,
    reimportUpdated: again.value.updated,
  };
}
