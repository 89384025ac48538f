import type ExcelJS from 'exceljs';
import { describe, expect, test } from 'vitest';
import { handMadeSheet } from './planmonitor-fixture';
import { readPlanmonitorWorkbook } from './planmonitor-read';
import type { PlanmonitorPlan } from './planmonitor-types';
import { writePlanmonitorWorkbook } from './planmonitor-write';
import { buildWorkbook, loadWorkbook } from './test-workbooks';

const municipalities = [
  { code: 'GM0402', name: 'Hilversum' },
  { code: 'GM0406', name: 'Huizen' },
];
const context = { municipalities };

const base: PlanmonitorPlan = {
  name: 'Plan A',
  municipalityCode: 'GM0402',
  phase: 'planning',
  planningStatus: '2A',
  segments: [
    { segment: 'socialRent', homes: 6 },
    { segment: 'freeBuy', homes: 4 },
  ],
  deliveries: [
    { year: 2026, homes: 6 },
    { year: 2027, homes: 4 },
  ],
  visibility: 'region',
};

/** Writes plans with our writer, lets a test change cells of the first sheet, and reads the result. */
async function readChanged(change: (sheet: ExcelJS.Worksheet) => void, plans = [base]) {
  const workbook = await loadWorkbook(await writePlanmonitorWorkbook(plans, context));
  change(workbook.worksheets[0] as ExcelJS.Worksheet);
  return readPlanmonitorWorkbook(Buffer.from(await workbook.xlsx.writeBuffer()), context);
}

describe('readPlanmonitorWorkbook', () => {
  test('reads a hand-filled sheet: names, lists, Gerealiseerd, uncalculated Totalen', async () => {
    const result = await readPlanmonitorWorkbook(
      await buildWorkbook({ Stationskwartier: handMadeSheet() }),
      context,
    );
    expect(result).toEqual({
      ok: true,
      plans: [
        {
          sheet: 'Stationskwartier',
          key: { name: 'Stationskwartier', municipalityCode: 'GM0402' },
          plan: expect.objectContaining({
            name: 'Stationskwartier',
            municipalityCode: 'GM0402',
            phase: 'elaboration',
            planningStatus: '2A',
            planType: 'Transformatiegebied',
            visibility: 'partners',
            bottlenecks: ['Stikstof', 'Netcongestie'],
            segments: [
              { segment: 'socialRent', homes: 8 },
              { segment: 'unknown', homes: 12 },
            ],
            deliveries: [
              { year: 2023, homes: 5 },
              { year: 2024, homes: 10 },
              { year: 2025, homes: 5 },
            ],
          }),
        },
      ],
    });
  });

  test.each<[string, string, ExcelJS.CellValue, string, string]>([
    [
      'Check ≠ 0',
      'C20',
      3,
      "'Plan A'!D20",
      'Check is -3: de rijen van woningtype tellen op tot 13, Nieuwbouw is 10.',
    ],
    [
      'an unknown Status Project',
      'B8',
      'Gepland',
      "'Plan A'!B8",
      'Onbekende Status Project "Gepland". Kies uit: Studie, Start, Initiatief, Definitie, Ontwerp, Voorbereiding, Bouwvoorbereiding, Realisatie tot eerste woning, Realisatie tot laatste woning, Nazorg, Afgerond, Onbekend.',
    ],
    [
      'Status Project Onbekend',
      'B8',
      'Onbekend',
      "'Plan A'!B8",
      'Status Project "Onbekend" geeft geen planfase. Kies de status van het project.',
    ],
    [
      'an unknown Status Planologisch',
      'B9',
      '6. Droom',
      "'Plan A'!B9",
      'Onbekende planologische status "6. Droom". Kies uit: 1A, 1B, 1C, 2A, 2B, 2C, 3, 4A, 4B, 5A, 5B.',
    ],
    [
      'an unknown knelpunt',
      'B10',
      'Stikstof, Regen',
      "'Plan A'!B10",
      'Onbekend knelpunt "Regen". Kies uit: Ambtelijke capaciteit, Bereikbaarheid, Geluidshinder, Maatschappelijk draagvlak, Onrendabele top, Stikstof, Vervuilde grond, Flora/fauna, Netcongestie, Anders, Geen.',
    ],
    [
      'an unknown Vertrouwelijkheid',
      'B7',
      'Geheim',
      "'Plan A'!B7",
      'Onbekende Vertrouwelijkheid "Geheim". Kies uit: Openbaar, Provincie, Gemeente.',
    ],
    [
      'a municipality outside the region',
      'B3',
      'Gemeente Utrecht',
      "'Plan A'!B3",
      'Gemeente "Gemeente Utrecht" hoort niet bij deze regio.',
    ],
    [
      'a value right of the year columns',
      'AA30',
      4,
      "'Plan A'!AA30",
      'Een waarde buiten de jaarkolommen 2024–2043 (G–Z) kan niet mee.',
    ],
    [
      'a non-numeric count',
      'H30',
      'veel',
      "'Plan A'!H30",
      'Geen geldig aantal woningen: "veel" is geen heel aantal van 0 of meer.',
    ],
    [
      'Totalen not matching its years',
      'J30',
      2,
      "'Plan A'!C30",
      'Totalen is 6, maar Gerealiseerd plus de jaren is 8.',
    ],
    ['a shifted year header', 'G18', 2025, "'Plan A'!G18", 'Kolom G is het jaar 2024, niet "2025".'],
    [
      'a category in the wrong row',
      'A30',
      'Koop dure koop',
      "'Plan A'!A30",
      'Hier hoort de categorie "Sociale huur" te staan, niet "Koop dure koop".',
    ],
    [
      'a year formula never calculated',
      'H30',
      { formula: 'G30+1' },
      "'Plan A'!H30",
      'Deze formule heeft geen berekende waarde. Open het bestand in Excel en sla het op.',
    ],
    ['a name too short (ZPlanInput)', 'B1', 'AB', "'Plan A'!B1", 'Een naam heeft minstens 3 tekens.'],
  ])('%s is an error on its cell', async (_name, address, value, cell, message) => {
    const result = await readChanged((sheet) => {
      sheet.getCell(address).value = value;
    });
    expect(result.ok).toBe(false);
    expect(!result.ok && result.errors).toContainEqual(
      expect.objectContaining({ sheet: 'Plan A', cell, message }),
    );
  });

  test('a formula whose cached result is 0 counts as 0, not as uncalculated', async () => {
    const result = await readChanged((sheet) => {
      sheet.getCell('H30').value = { formula: 'G30*0', result: 0 };
    });
    expect(result.ok).toBe(true);
  });

  test('an error on one sheet imports no plan of the workbook', async () => {
    const other = { ...base, name: 'Plan B' };
    const result = await readChanged(
      (sheet) => {
        sheet.getCell('B8').value = 'Gepland';
      },
      [base, other],
    );
    expect(result.ok).toBe(false);
    expect(!result.ok && result.errors).toHaveLength(1);
  });

  test('the same plan name and municipality on two sheets is an error', async () => {
    const result = await readChanged(() => {}, [base, { ...base, municipalityCode: 'GM0406' }, base]);
    expect(!result.ok && result.errors).toEqual([
      {
        sheet: 'Plan A (3)',
        cell: "'Plan A (3)'!B1",
        row: 1,
        column: 'B',
        message: 'Het plan "Plan A" van deze gemeente staat ook op blad "Plan A".',
      },
    ]);
  });

  test('skips the hidden lists sheet and empty sheets; a workbook without plans is an error', async () => {
    const empty = await readPlanmonitorWorkbook(await buildWorkbook({ Leeg: [] }), context);
    expect(!empty.ok && empty.errors[0]?.message).toBe('Er staat geen plan in dit bestand.');
    const broken = await readPlanmonitorWorkbook(Buffer.from('geen xlsx'), context);
    expect(!broken.ok && broken.errors[0]?.message).toMatch(/niet te lezen/);
    const ours = await readChanged((sheet) => {
      sheet.workbook.addWorksheet('Leeg');
    });
    expect(ours.ok && ours.plans.map((p) => p.sheet)).toEqual(['Plan A']);
  });
});
