import { describe, expect, test } from 'vitest';
import { parsePlanTable } from './plan-table';
import { buildWorkbook } from './test-workbooks';

const context = { municipalityCodes: ['GM0402', 'GM0406'] };
const HEADER =
  'externalId,name,municipalityCode,phase,planningStatus,socialRent,midRent,affordableBuy,freeRent,freeBuy,deliveryYear';
const csv = (...lines: string[]) => Buffer.from(`${lines.join('\n')}\n`, 'utf8');

describe('parsePlanTable', () => {
  test('reads a CSV file with the contract columns', async () => {
    const file = csv(
      HEADER,
      'A-1,Plan aan de Vaart,GM0402,planning,1A,10,0,,5,20,2028',
      ',Tweede plan,GM0406,initiative,4B,0,3,0,0,0,',
    );
    expect(await parsePlanTable(file, 'plannen.csv', context)).toEqual({
      ok: true,
      rows: [
        {
          row: 2,
          externalId: 'A-1',
          plan: {
            name: 'Plan aan de Vaart',
            municipalityCode: 'GM0402',
            phase: 'planning',
            planningStatus: '1A',
            segments: [
              { segment: 'socialRent', homes: 10 },
              { segment: 'freeRent', homes: 5 },
              { segment: 'freeBuy', homes: 20 },
            ],
            deliveries: [{ year: 2028, homes: 35 }],
          },
        },
        {
          row: 3,
          externalId: null,
          plan: {
            name: 'Tweede plan',
            municipalityCode: 'GM0406',
            phase: 'initiative',
            planningStatus: '4B',
            segments: [{ segment: 'midRent', homes: 3 }],
            deliveries: [],
          },
        },
      ],
    });
  });

  test('reads Dutch headers, labels, semicolons, a BOM and thousands dots', async () => {
    const file = Buffer.from(
      '\uFEFFKenmerk;Plannaam;CBS-code;Planfase;Status planologisch;Sociale huur;Middenhuur;Betaalbare koop;Dure huur;Dure koop;Jaar oplevering\r\n' +
        ';Nieuw Centrum;gm0402;Vastgoed en bouw;2B. Vastgesteld, uitwerkingsplicht;1.200;;;;;\r\n',
      'utf8',
    );
    const result = await parsePlanTable(file, 'plannen.csv', context);
    expect(result.ok && result.rows[0]?.plan).toMatchObject({
      phase: 'construction',
      planningStatus: '2B',
      segments: [{ segment: 'socialRent', homes: 1200 }],
    });
  });

  test('reads the first sheet of a workbook and skips empty rows', async () => {
    const buffer = await buildWorkbook({
      Plannen: [HEADER.split(','), [], [null, 'Plan in Excel', 402, 'bouw', '3', 4, 0, 0, 0, 0, 2027]],
    });
    const result = await parsePlanTable(buffer, 'plannen.xlsx', context);
    expect(result.ok && result.rows.map((r) => [r.row, r.plan.municipalityCode, r.plan.deliveries])).toEqual([
      [3, 'GM0402', [{ year: 2027, homes: 4 }]],
    ]);
  });

  test('collects every error of the file and returns no rows', async () => {
    const file = csv(
      HEADER,
      'X,Goed plan,GM0402,planning,1A,1,0,0,0,0,',
      'X,Dubbel kenmerk,GM0402,planning,1A,1,0,0,0,0,2070',
      ',Plan buiten de regio,GM9998,sloop,1D,12.5,0,0,0,0,1999',
      ',ab,GM0402,planning,1A,0,0,0,0,200000,',
      ',Leeg plan,GM0402,planning,1A,0,0,0,0,0,',
    );
    const result = await parsePlanTable(file, 'plannen.csv', context);
    expect(result).toEqual({
      ok: false,
      errors: [
        { row: 3, column: 'externalId', message: 'Extern ID "X" staat ook in rij 2.' },
        { row: 3, column: 'deliveryYear', message: '"2070" is geen jaar van 2000 tot en met 2060.' },
        { row: 4, column: 'municipalityCode', message: 'Gemeente GM9998 hoort niet bij deze regio.' },
        {
          row: 4,
          column: 'phase',
          message: 'Onbekende fase "sloop". Kies uit: initiatief, planvorming, uitwerking, bouw, opgeleverd.',
        },
        {
          row: 4,
          column: 'planningStatus',
          message:
            'Onbekende planologische status "1D". Kies uit: 1A, 1B, 1C, 2A, 2B, 2C, 3, 4A, 4B, 5A, 5B.',
        },
        { row: 4, column: 'socialRent', message: '"12.5" is geen heel aantal van 0 of meer.' },
        { row: 4, column: 'deliveryYear', message: '"1999" is geen jaar van 2000 tot en met 2060.' },
        { row: 5, column: 'name', message: 'Een naam heeft minstens 3 tekens.' },
        { row: 5, column: 'freeBuy', message: 'Aantal woningen mag niet groter zijn dan 100.000.' },
        { row: 6, column: 'socialRent', message: 'Vul in minstens één segmentkolom een aantal woningen in.' },
      ],
    });
  });

  test('a missing column is an error on row 1', async () => {
    const result = await parsePlanTable(csv('name,municipalityCode', 'Plan,GM0402'), 'p.csv', context);
    expect(!result.ok && result.errors.map((e) => [e.row, e.column])).toEqual([
      [1, 'phase'],
      [1, 'planningStatus'],
      [1, 'socialRent'],
      [1, 'midRent'],
      [1, 'affordableBuy'],
      [1, 'freeRent'],
      [1, 'freeBuy'],
    ]);
  });

  test('caps the errors at 500 with a closing message', async () => {
    const bad = Array.from({ length: 600 }, (_, i) => `,Plan ${i},GM9998,planning,1A,1,0,0,0,0,`);
    const result = await parsePlanTable(csv(HEADER, ...bad), 'p.csv', context);
    expect(!result.ok && result.errors).toHaveLength(501);
    expect(!result.ok && result.errors.at(-1)?.message).toMatch(
      /^Er zijn nog 100 fouten die hier niet staan/,
    );
  });

  test('refuses more rows than maxRows', async () => {
    const result = await parsePlanTable(
      csv(HEADER, ',P1,GM0402,planning,1A,1,,,,,', ',P2,GM0402,planning,1A,1,,,,,'),
      'p.csv',
      {
        ...context,
        maxRows: 1,
      },
    );
    expect(!result.ok && result.errors[0]?.message).toMatch(/meer dan 1 rijen/);
  });
});
