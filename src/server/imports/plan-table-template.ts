import { PHASE_LABELS, PHASES, PLANNING_STATUS_LABELS, PLANNING_STATUSES } from '../../core/programme';
import { PLAN_TABLE_COLUMNS } from './plan-table-row';
import { EXAMPLE_MUNICIPALITY_CODE } from './table-fields';
import { type ColumnNote, type TemplateSpec, writeTemplate } from './table-write';

/** The name of the example row: fictional, and its municipality GM9999 makes an unchanged import fail. */
export const EXAMPLE_PLAN_NAME = 'Voorbeeldplan (fictief)';

const SEGMENT_NOTE = 'heel getal van 0 of meer; leeg is 0; duizendtallen mogen met een punt (1.200)';

/** What each column means and allows, in PLAN_TABLE_COLUMNS order. */
const NOTES: Record<string, Omit<ColumnNote, 'column' | 'dutch' | 'required'>> = {
  externalId: {
    allowed: 'tekst, hoogstens 100 tekens, uniek in het bestand',
    note: 'Uw eigen kenmerk. Een rij met een kenmerk dat al eerder is geïmporteerd, werkt dat plan bij.',
  },
  name: { allowed: '3 tot 200 tekens', note: 'De naam van het plan.' },
  municipalityCode: {
    allowed: 'CBS-code van een gemeente in de regio, zoals GM0402',
    note: 'De gemeente waarin het plan ligt.',
  },
  phase: {
    allowed: PHASES.map((phase) => `${phase} (${PHASE_LABELS[phase]})`).join('; '),
    note: 'De planfase: de code, de omschrijving of kort initiatief, planvorming, uitwerking, bouw of opgeleverd.',
  },
  planningStatus: {
    allowed: PLANNING_STATUSES.map((status) => PLANNING_STATUS_LABELS[status]).join('; '),
    note: 'De code (1A) of de hele omschrijving. Hard: 1A, 1B, 2A, 2B; zacht: 1C, 2C, 3, 4A, 4B; 5A en 5B tellen niet mee als plancapaciteit.',
  },
  socialRent: { allowed: SEGMENT_NOTE, note: 'Aantal woningen sociale huur.' },
  midRent: { allowed: SEGMENT_NOTE, note: 'Aantal woningen middenhuur.' },
  affordableBuy: { allowed: SEGMENT_NOTE, note: 'Aantal woningen betaalbare koop.' },
  freeRent: { allowed: SEGMENT_NOTE, note: 'Aantal woningen vrije sector huur.' },
  freeBuy: { allowed: SEGMENT_NOTE, note: 'Aantal woningen vrije sector koop.' },
  deliveryYear: {
    allowed: '2000 tot en met 2060, of leeg',
    note: 'Het jaar waarin alle woningen worden opgeleverd; leeg als dat nog niet bekend is.',
  },
};

const SPEC: TemplateSpec = {
  sheetName: 'Plannen',
  header: PLAN_TABLE_COLUMNS.map((column) => column.key),
  example: ['VB-001', EXAMPLE_PLAN_NAME, EXAMPLE_MUNICIPALITY_CODE, 'planning', '3', 12, 8, 6, 0, 14, 2028],
  intro:
    'Rij 2 van het blad Plannen is een fictief voorbeeld (gemeente GM9999): vervang of verwijder die rij. ' +
    'Een plan heeft minstens één woning. Fouten worden per rij en kolom gemeld; dan wordt niets geïmporteerd.',
  notes: PLAN_TABLE_COLUMNS.map((column) => ({
    column: column.key,
    dutch: column.dutch.join(', '),
    required: column.required ? 'ja' : 'nee',
    ...(NOTES[column.key] ?? { allowed: '', note: '' }),
  })),
  lists: { 3: PHASES, 4: PLANNING_STATUSES },
};

/**
 * The plan-table template: the header (contract names) and one fictional example row; as XLSX also a sheet
 * "Toelichting" explaining each column and its allowed values, and drop-down lists for phase and status.
 * @example await writePlanTableTemplate('csv') // "\uFEFFexternalId;name;…\r\nVB-001;Voorbeeldplan (fictief);…"
 */
export function writePlanTableTemplate(format: 'csv' | 'xlsx'): Promise<Buffer> {
  return writeTemplate(SPEC, format);
}
