import { inArray, sql } from 'drizzle-orm';
import { SEGMENT_LABELS } from '../../core/programme';
import { writeAudit } from '../audit/audit';
import { type Actor, canWrite, isRegionStaff } from '../auth/actor';
import type { Db } from '../db/client';
import { realisations } from '../db/schema';
import { AppError } from '../http/errors';
import { requireRegion } from '../monitor/targets.service';
import { findMemberMunicipalities } from '../regions/regions.queries';
import {
  type ImportError,
  type ImportFile,
  type ImportPreviewLine,
  importFailed,
  MAX_PREVIEW,
} from './imports.service';
import { parseRealisationTable } from './realisation-table';

const CHUNK = 1000;

/**
 * POST /regions/{id}/imports/realisations: realised homes per municipality, year and segment from a CSV or XLSX
 * table. Whole-file validation; a row sets that municipality's number for that year and segment (replacing an
 * earlier figure). Region staff may import every municipality, a municipality only its own. One transaction.
 */
export async function importRealisations({
  db,
  actor,
  regionId,
  file,
  dryRun,
}: {
  db: Db;
  actor: Actor;
  regionId: string;
  file: ImportFile;
  dryRun: boolean;
}) {
  const region = await requireRegion(db, actor, regionId);
  if (!canWrite(actor)) throw new AppError('forbidden', 'Je mag geen realisaties importeren.');
  const municipalities = await findMemberMunicipalities(db, region.id);
  const codes = municipalities.flatMap((m) => (m.code ? [m.code] : []));
  const read = await parseRealisationTable(file.buffer, file.fileName, { municipalityCodes: codes });
  if (!read.ok) {
    throw importFailed(
      read.errors.map((e) => ({ ...e, path: e.row === null ? e.column : `Rij ${e.row}, kolom ${e.column}` })),
    );
  }
  const errors: ImportError[] = read.rows
    .filter((row) => !isRegionStaff(actor) && row.municipalityCode !== actor.cbsCode)
    .map((row) => ({
      row: row.row,
      column: 'municipalityCode',
      message: `Je mag alleen de realisatie van je eigen gemeente importeren, niet van ${row.municipalityCode}.`,
      path: `Rij ${row.row}, kolom municipalityCode`,
    }));
  if (errors.length) throw importFailed(errors);
  const stored = read.rows.length
    ? await db
        .select()
        .from(realisations)
        .where(inArray(realisations.municipalityCode, [...new Set(read.rows.map((r) => r.municipalityCode))]))
    : [];
  const before = new Map(stored.map((r) => [`${r.municipalityCode}|${r.year}|${r.segment}`, r.homes]));
  const preview: ImportPreviewLine[] = read.rows.map((row) => {
    const old = before.get(`${row.municipalityCode}|${row.year}|${row.segment}`);
    return {
      row: row.row,
      action: old === undefined ? 'create' : old === row.homes ? 'unchanged' : 'update',
      name: `${SEGMENT_LABELS[row.segment]} ${row.year}`,
      municipalityCode: row.municipalityCode,
      homes: row.homes,
    };
  });
  const count = (action: ImportPreviewLine['action']) => preview.filter((l) => l.action === action).length;
  const result = {
    kind: 'realisations' as const,
    dryRun,
    created: count('create'),
    updated: count('update'),
    unchanged: count('unchanged'),
    preview: preview.slice(0, MAX_PREVIEW),
  };
  if (dryRun || result.created + result.updated === 0) return result;
  const source = `Import ${file.fileName}`;
  await db.transaction(async (tx) => {
    for (let i = 0; i < read.rows.length; i += CHUNK) {
      const chunk = read.rows.slice(i, i + CHUNK).map(({ municipalityCode, year, segment, homes }) => ({
        municipalityCode,
        year,
        segment,
        homes,
        source,
        demo: false,
      }));
      await tx
        .insert(realisations)
        .values(chunk)
        .onConflictDoUpdate({
          target: [realisations.municipalityCode, realisations.year, realisations.segment],
          set: { homes: sql`excluded.homes`, source: sql`excluded.source`, demo: false },
        });
    }
    await writeAudit(tx, actor, {
      action: 'import',
      entityType: 'realisation',
      entityId: null,
      summary: `Realisaties geïmporteerd uit ${file.fileName}: ${result.created} nieuw, ${result.updated} bijgewerkt`,
      after: read.rows.map(({ row: _row, ...rest }) => rest),
    });
  });
  return result;
}
