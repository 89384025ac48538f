import { REALISATION_SEGMENT_CHOICES, REALISATION_TABLE_COLUMNS } from './realisation-table';
import { EXAMPLE_MUNICIPALITY_CODE } from './table-fields';
import { type TemplateSpec, writeTemplate } from './table-write';

const NOTES = {
  municipalityCode: { allowed: 'CBS-code van een gemeente in de regio, zoals GM0402', note: 'De gemeente.' },
  year: { allowed: '2000 tot en met het huidige jaar', note: 'Het jaar waarin de woningen zijn opgeleverd.' },
  segment: {
    allowed: `de code of de omschrijving: ${REALISATION_SEGMENT_CHOICES.join(', ')}`,
    note: 'Het segment van de opgeleverde woningen. Elke combinatie van gemeente, jaar en segment één keer.',
  },
  homes: { allowed: 'heel getal van 0 of meer', note: 'Het aantal opgeleverde woningen.' },
};

const SPEC: TemplateSpec = {
  sheetName: 'Realisaties',
  header: REALISATION_TABLE_COLUMNS.map((column) => column.key),
  example: [EXAMPLE_MUNICIPALITY_CODE, 2024, REALISATION_SEGMENT_CHOICES[0] ?? 'Sociale huur', 25],
  intro:
    'Rij 2 van het blad Realisaties is een fictief voorbeeld (gemeente GM9999): vervang of verwijder die rij. ' +
    'Fouten worden per rij en kolom gemeld; dan wordt niets geïmporteerd.',
  notes: REALISATION_TABLE_COLUMNS.map((column) => ({
    column: column.key,
    dutch: column.dutch.join(', '),
    required: 'ja',
    ...NOTES[column.key],
  })),
  lists: { 2: REALISATION_SEGMENT_CHOICES },
};

/**
 * The realisations template: header (contract names) and one fictional example row; as XLSX also a
 * "Toelichting" sheet and a drop-down list of segments.
 * @example await writeRealisationTableTemplate('xlsx')
 */
export function writeRealisationTableTemplate(format: 'csv' | 'xlsx'): Promise<Buffer> {
  return writeTemplate(SPEC, format);
}
