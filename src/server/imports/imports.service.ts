import { and, eq, inArray } from 'drizzle-orm';
import { type TPlanInput, ZPlanInput } from '../../core/programme';
import { type Actor, canWrite } from '../auth/actor';
import { visiblePlans } from '../auth/visibility';
import type { Db, Tx } from '../db/client';
import { plans } from '../db/schema';
import { AppError } from '../http/errors';
import { canCreatePlanIn, canEditPlan } from '../plans/plans.policy';
import { toPlanState } from '../plans/plans.presenter';
import { loadPlanRecords, type PlanRecord } from '../plans/plans.queries';
import { findNationalLimits } from '../reference/limits.queries';
import { findMemberMunicipalities } from '../regions/regions.queries';
import { detectImportKind } from './detect';
import { mergeImported, samePlan } from './imports.merge';
import { type PlanCreate, type PlanUpdate, writeImport } from './imports.write';
import { parsePlanTable } from './plan-table';
import { readPlanmonitorWorkbook } from './planmonitor-read';
import { MAX_ERRORS } from './table-errors';

/** An uploaded file. */
export interface ImportFile {
  buffer: Buffer;
  fileName: string;
}

/** One problem in a file (api-contract.md): row or sheet and cell, the column, and a Dutch message. */
export interface ImportError {
  row: number | null;
  column: string;
  message: string;
  sheet?: string;
  cell?: string;
  /** Where, in words, for clients that show field errors (`Rij 3, kolom Naam`). */
  path: string;
}

/** What the import does (or, in a dry run, would do) to one row or sheet. */
export interface ImportPreviewLine {
  row: number | null;
  sheet?: string;
  action: 'create' | 'update' | 'unchanged';
  name: string;
  municipalityCode: string;
  homes: number;
}

/** At most this many preview lines in a response; the counts cover the whole file. */
export const MAX_PREVIEW = 1000;

/** One plan from the file with where it came from and how to find it among the stored plans. */
interface Item {
  row: number | null;
  sheet?: string;
  cell?: string;
  externalId: string | null;
  plan: TPlanInput;
}

type Kind = 'planTable' | 'planmonitor';

export function importFailed(errors: ImportError[], detail?: string): AppError {
  const count = errors.length >= MAX_ERRORS ? `${MAX_ERRORS} of meer` : String(errors.length);
  return new AppError(
    'validation',
    detail ??
      `Het bestand is niet geïmporteerd: ${count} ${errors.length === 1 ? 'fout' : 'fouten'}. Er is niets gewijzigd.`,
    errors,
  );
}

function tableError(row: number | null, column: string, message: string): ImportError {
  return { row, column, message, path: row === null ? column : `Rij ${row}, kolom ${column}` };
}

function itemError(item: Item, message: string, column = ''): ImportError {
  if (item.sheet !== undefined) {
    return {
      row: item.row,
      column,
      message,
      sheet: item.sheet,
      cell: item.cell ?? 'B1',
      path: `Blad ${item.sheet}`,
    };
  }
  return tableError(item.row, column || 'Naam', message);
}

/** Reads the file into plans (validated whole), or throws 422 with every error. */
async function readItems(
  file: ImportFile,
  municipalities: { code: string; name: string }[],
): Promise<{ kind: Kind; items: Item[] }> {
  const kind = await detectImportKind(file.buffer, file.fileName);
  if (kind === 'planmonitor') {
    const read = await readPlanmonitorWorkbook(file.buffer, { municipalities });
    if (!read.ok) {
      throw importFailed(
        read.errors.map((e) => ({
          row: e.row,
          column: e.column,
          message: e.message,
          sheet: e.sheet,
          cell: e.cell,
          path: e.sheet ? `Blad ${e.sheet}, cel ${e.cell}` : 'Bestand',
        })),
      );
    }
    const items = read.plans.map((p) => ({ row: null, sheet: p.sheet, externalId: null, plan: p.plan }));
    return { kind, items };
  }
  if (kind === 'unknown') {
    throw importFailed(
      [tableError(null, '', 'Dit is geen .csv- of .xlsx-bestand.')],
      'Kies een plannenlijst (.csv of .xlsx) of een werkmap in de indeling van Planmonitor Wonen.',
    );
  }
  const read = await parsePlanTable(file.buffer, file.fileName, {
    municipalityCodes: municipalities.map((m) => m.code),
  });
  if (!read.ok) throw importFailed(read.errors.map((e) => tableError(e.row, e.column, e.message)));
  const items = read.rows.map(({ row, externalId, plan }) => ({
    row,
    externalId,
    plan: { bottlenecks: [], parties: [], visibility: 'region' as const, ...plan },
  }));
  return { kind, items };
}

const LOOKUP_CHUNK = 5000;

/** Stored plans of the region that the items name: by external id (plan table) or name + municipality. */
async function findStored(db: Db | Tx, actor: Actor, kind: Kind, items: Item[]) {
  const rows: (typeof plans.$inferSelect)[] = [];
  if (kind === 'planTable') {
    const ids = items.flatMap((item) => (item.externalId ? [item.externalId] : []));
    for (let i = 0; i < ids.length; i += LOOKUP_CHUNK) {
      const chunk = ids.slice(i, i + LOOKUP_CHUNK);
      rows.push(
        ...(await db
          .select()
          .from(plans)
          .where(and(eq(plans.regionId, actor.regionId), inArray(plans.externalId, chunk)))),
      );
    }
  } else {
    const names = [...new Set(items.map((item) => item.plan.name))];
    for (let i = 0; i < names.length; i += LOOKUP_CHUNK) {
      rows.push(
        ...(await db
          .select()
          .from(plans)
          .where(and(visiblePlans(actor), inArray(plans.name, names.slice(i, i + LOOKUP_CHUNK))))),
      );
    }
  }
  const visible = new Set<string>();
  if (rows.length) {
    const ids = rows.map((row) => row.id);
    for (let i = 0; i < ids.length; i += LOOKUP_CHUNK) {
      const seen = await db
        .select({ id: plans.id })
        .from(plans)
        .where(and(visiblePlans(actor), inArray(plans.id, ids.slice(i, i + LOOKUP_CHUNK))));
      for (const row of seen) visible.add(row.id);
    }
  }
  const records: PlanRecord[] = [];
  for (let i = 0; i < rows.length; i += LOOKUP_CHUNK) {
    records.push(...(await loadPlanRecords(db, rows.slice(i, i + LOOKUP_CHUNK))));
  }
  return { records, visible };
}

function homesOf(plan: TPlanInput): number {
  return plan.segments.reduce((sum, line) => sum + line.homes, 0);
}

/** Decides per item: create, update or unchanged; every refusal is an error on that row or sheet. */
function plan(actor: Actor, kind: Kind, items: Item[], stored: Awaited<ReturnType<typeof findStored>>) {
  const byExternalId = new Map<string, PlanRecord>();
  const byName = new Map<string, PlanRecord[]>();
  for (const record of stored.records) {
    if (record.row.externalId) byExternalId.set(record.row.externalId, record);
    const key = `${record.row.municipalityCode}|${record.row.name}`;
    byName.set(key, [...(byName.get(key) ?? []), record]);
  }
  const errors: ImportError[] = [];
  const creates: PlanCreate[] = [];
  const updates: PlanUpdate[] = [];
  const preview: ImportPreviewLine[] = [];
  let unchanged = 0;
  for (const item of items) {
    const where = { row: item.row, ...(item.sheet !== undefined ? { sheet: item.sheet } : {}) };
    const line = { ...where, name: item.plan.name, municipalityCode: item.plan.municipalityCode };
    let record: PlanRecord | undefined;
    if (kind === 'planTable' && item.externalId) {
      record = byExternalId.get(item.externalId);
      if (record && !stored.visible.has(record.row.id)) {
        errors.push(
          itemError(
            item,
            `Extern ID "${item.externalId}" hoort bij een plan dat je niet mag zien.`,
            'externalId',
          ),
        );
        continue;
      }
    } else if (kind === 'planmonitor') {
      const matches = byName.get(`${item.plan.municipalityCode}|${item.plan.name}`) ?? [];
      if (matches.length > 1) {
        errors.push(
          itemError(
            item,
            `Er zijn ${matches.length} plannen "${item.plan.name}" in deze gemeente; maak de naam uniek.`,
          ),
        );
        continue;
      }
      record = matches[0];
    }
    if (!record) {
      if (!canCreatePlanIn(actor, item.plan.municipalityCode)) {
        errors.push(itemError(item, 'Je mag geen plannen aanmaken in deze gemeente.', 'municipalityCode'));
        continue;
      }
      creates.push({ externalId: item.externalId, input: item.plan });
      preview.push({ ...line, action: 'create', homes: homesOf(item.plan) });
      continue;
    }
    const partyIds = record.parties.map((party) => party.organisationId);
    const before = toPlanState(record);
    if (!canEditPlan(actor, { ...record.row, partyIds })) {
      errors.push(itemError(item, `Je mag het plan "${record.row.name}" niet wijzigen.`));
      continue;
    }
    const merged = ZPlanInput.safeParse(mergeImported(before, item.plan, kind));
    if (!merged.success) {
      for (const issue of merged.error.issues)
        errors.push(itemError(item, issue.message, issue.path.join('.')));
      continue;
    }
    const input = merged.data;
    if (
      input.municipalityCode !== before.municipalityCode &&
      !canCreatePlanIn(actor, input.municipalityCode)
    ) {
      errors.push(itemError(item, 'Je mag dit plan niet naar die gemeente verplaatsen.', 'municipalityCode'));
      continue;
    }
    if (samePlan(before, input)) {
      unchanged += 1;
      preview.push({ ...line, action: 'unchanged', homes: homesOf(input) });
      continue;
    }
    updates.push({ id: record.row.id, version: record.row.version, before, input });
    preview.push({ ...line, action: 'update', homes: homesOf(input) });
  }
  return { errors, creates, updates, unchanged, preview };
}

/**
 * POST /imports/plans: a plan table (CSV/XLSX, the contract's columns or Dutch headers) or a Planmonitor Wonen
 * workbook. The whole file is checked first; any error means 422 with every error and nothing written. Rows
 * update the plan with the same external id (plan table) or the same name in the same municipality (Planmonitor
 * Wonen); other rows create plans owned by the actor's organisation, visible to the region. A dry run only
 * reports what would happen. Everything is written in one transaction.
 */
export async function importPlans({
  db,
  actor,
  file,
  dryRun,
}: {
  db: Db;
  actor: Actor;
  file: ImportFile;
  dryRun: boolean;
}) {
  if (!canWrite(actor)) throw new AppError('forbidden', 'Je mag geen plannen importeren.');
  const municipalities = (await findMemberMunicipalities(db, actor.regionId)).map((m) => ({
    code: m.code ?? '',
    name: (m.name ?? '').replace(/^Gemeente /, ''),
  }));
  const { kind, items } = await readItems(file, municipalities);
  const stored = await findStored(db, actor, kind, items);
  const decided = plan(actor, kind, items, stored);
  if (decided.errors.length) throw importFailed(decided.errors.slice(0, MAX_ERRORS));
  if (!dryRun && (decided.creates.length || decided.updates.length)) {
    const limits = await findNationalLimits(db);
    await db.transaction(async (tx) => {
      const written = await writeImport(tx, actor, limits, {
        creates: decided.creates,
        updates: decided.updates,
        fileName: file.fileName,
      });
      if (!written) {
        throw new AppError(
          'conflict',
          'Een plan uit het bestand is tijdens het importeren door iemand anders gewijzigd. Er is niets geïmporteerd; probeer het opnieuw.',
        );
      }
    });
  }
  return {
    kind,
    dryRun,
    created: decided.creates.length,
    updated: decided.updates.length,
    unchanged: decided.unchanged,
    preview: decided.preview.slice(0, MAX_PREVIEW),
  };
}
