import ExcelJS from 'exceljs';
import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { ACCOUNTS, uniqueName } from '../../../test/support/fixtures';
import { type Client, createTestApp, type TestApp } from '../../../test/support/test-app';
import { databaseKinds } from '../../../test/support/test-db';
import { upload } from '../../../test/support/upload';

const HEADER =
  'externalId,name,municipalityCode,phase,planningStatus,socialRent,midRent,affordableBuy,freeRent,freeBuy,deliveryYear';

async function planCount(client: Client): Promise<number> {
  return (await client.get('/api/v1/plans?limit=1')).json().total;
}

function json(response: LightMyRequestResponse) {
  return response.json() as Record<string, unknown> & {
    created: number;
    updated: number;
    unchanged: number;
    errors: { row: number; column: string; message: string; sheet?: string; cell?: string }[];
    preview: { action: string; name: string; row: number | null }[];
  };
}

describe.each(databaseKinds())('imports and exports on %s', (kind) => {
  let t: TestApp;
  let region: Client;
  let hilversum: Client;
  const regionUrl = '/api/v1/regions/gooi-en-vechtstreek';

  beforeAll(async () => {
    t = await createTestApp(kind);
    region = await t.login(ACCOUNTS.region);
    hilversum = await t.login(ACCOUNTS.hilversum);
  });
  afterAll(() => t.close());

  test('templates download; an unknown one is a 404', async () => {
    for (const file of ['plans.csv', 'plans.xlsx', 'planmonitor-wonen.xlsx', 'realisations.csv']) {
      const response = await region.get(`/api/v1/imports/templates/${file}`);
      expect(response.statusCode, file).toBe(200);
      expect(response.headers['content-disposition']).toContain('attachment');
    }
    expect((await region.get('/api/v1/imports/templates/geheim.txt')).statusCode).toBe(404);
  });

  test('a dry run previews and writes nothing; the import creates, a second import updates by externalId', async () => {
    const a = uniqueName('Import A');
    const b = uniqueName('Import B');
    const csv = `${HEADER}\nIMP-1,${a},GM0402,planning,2A,10,5,0,0,5,2029\nIMP-2,${b},GM1942,initiative,4A,0,0,20,0,0,\n`;
    const before = await planCount(region);
    const dry = await upload(region, '/api/v1/imports/plans?dryRun=true', 'plannen.csv', csv);
    expect(dry.statusCode).toBe(200);
    expect(json(dry)).toMatchObject({ created: 2, updated: 0, dryRun: true });
    expect(json(dry).preview.map((line) => line.action)).toEqual(['create', 'create']);
    expect(await planCount(region)).toBe(before);

    const done = await upload(region, '/api/v1/imports/plans', 'plannen.csv', csv);
    expect(done.statusCode).toBe(200);
    expect(json(done)).toMatchObject({ created: 2, updated: 0 });
    expect(await planCount(region)).toBe(before + 2);

    const changed = csv.replace(`${a},GM0402,planning,2A,10`, `${a},GM0402,planning,2A,14`);
    const again = await upload(region, '/api/v1/imports/plans', 'plannen.csv', changed);
    expect(json(again)).toMatchObject({ created: 0, updated: 1, unchanged: 1 });
    expect(await planCount(region)).toBe(before + 2);
    const found = (await region.get(`/api/v1/plans?q=${encodeURIComponent(a)}`)).json().items[0];
    expect(found.totals.homes).toBe(24);
    expect(found.version).toBe(2);
  });

  test('a bad file imports nothing and lists every error with row, column and a Dutch message', async () => {
    const good = uniqueName('Goed');
    const csv = `${HEADER}\n,${good},GM0402,planning,2A,10,0,0,0,0,2029\n,Slecht plan (fictief),GM9999,bouwen,2A,-3,0,0,0,0,\n`;
    const before = await planCount(region);
    const response = await upload(region, '/api/v1/imports/plans', 'plannen.csv', csv);
    expect(response.statusCode).toBe(422);
    const errors = json(response).errors;
    expect(errors.length).toBeGreaterThanOrEqual(3);
    expect(errors.every((e) => e.row === 3)).toBe(true);
    expect(errors.map((e) => e.column)).toEqual(
      expect.arrayContaining(['municipalityCode', 'phase', 'socialRent']),
    );
    expect(errors[0]?.message).toMatch(/[a-z]/);
    expect(await planCount(region)).toBe(before);
  });

  test('a municipality may import only its own plans; a file with a plan of another is refused whole', async () => {
    const csv = `${HEADER}\n,${uniqueName('Eigen')},GM0402,planning,2A,10,0,0,0,0,\n,${uniqueName('Ander')},GM0417,planning,2A,10,0,0,0,0,\n`;
    const before = await planCount(hilversum);
    const response = await upload(hilversum, '/api/v1/imports/plans', 'plannen.csv', csv);
    expect(response.statusCode).toBe(422);
    expect(json(response).errors).toEqual([
      expect.objectContaining({ row: 3, message: 'Je mag geen plannen aanmaken in deze gemeente.' }),
    ]);
    expect(await planCount(hilversum)).toBe(before);
  });

  test('no file, an empty file or an unknown format: a clear 422', async () => {
    const none = await region.post('/api/v1/imports/plans', {});
    expect(none.statusCode).toBe(422);
    const empty = await upload(region, '/api/v1/imports/plans', 'leeg.csv', '');
    expect(empty.statusCode).toBe(422);
    const pdf = await upload(region, '/api/v1/imports/plans', 'rapport.pdf', '%PDF-1.7');
    expect(pdf.statusCode).toBe(422);
    expect(pdf.json().detail).toContain('Planmonitor Wonen');
  });

  test('Planmonitor Wonen round trip: export, import, nothing changes; an edited sheet updates by name', async () => {
    const exported = await region.get(`${regionUrl}/plans.xlsx?format=planmonitor-wonen&municipality=GM0402`);
    expect(exported.statusCode).toBe(200);
    expect(exported.headers['content-type']).toContain('spreadsheetml');
    const buffer = Buffer.from(exported.rawPayload);
    const listed = (await region.get('/api/v1/plans?municipality=GM0402&limit=1')).json().total;
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(buffer as unknown as ArrayBuffer);
    expect(workbook.worksheets.length).toBeGreaterThanOrEqual(listed);

    const roundTrip = await upload(region, '/api/v1/imports/plans', 'export.xlsx', buffer);
    expect(roundTrip.statusCode, roundTrip.body).toBe(200);
    expect(json(roundTrip)).toMatchObject({ created: 0, updated: 0, unchanged: listed });

    const sheet = workbook.worksheets.find((ws) => ws.getCell('A1').text === 'Plannaam');
    if (!sheet) throw new Error('no plan sheet');
    const notes = [...Array(16).keys()]
      .map((i) => i + 1)
      .find((r) => sheet.getCell(r, 1).text === 'Opmerkingen');
    if (!notes) throw new Error('no Opmerkingen row');
    sheet.getCell(notes, 2).value = 'Bijgewerkt via Planmonitor Wonen (test)';
    const edited = Buffer.from(await workbook.xlsx.writeBuffer());
    const update = await upload(region, '/api/v1/imports/plans', 'export.xlsx', edited);
    expect(json(update)).toMatchObject({ created: 0, updated: 1, unchanged: listed - 1 });
  });

  test('the export needs the Planmonitor format and a valid municipality code', async () => {
    expect((await region.get(`${regionUrl}/plans.xlsx`)).statusCode).toBe(422);
    expect(
      (await region.get(`${regionUrl}/plans.xlsx?format=planmonitor-wonen&municipality=X`)).statusCode,
    ).toBe(422);
    expect((await region.get('/api/v1/regions/elders/plans.xlsx?format=planmonitor-wonen')).statusCode).toBe(
      404,
    );
  });

  test('realisations: a dry run, an import that the monitor counts, and a bad row that changes nothing', async () => {
    const monitor = async () =>
      (await region.get(`${regionUrl}/monitor`))
        .json()
        .municipalities.find((m: { code: string }) => m.code === 'GM0406').delivered as number;
    const before = await monitor();
    // The demo has no realisations of segment "freeRent", so this row adds 7 homes.
    const csv = 'municipalityCode,year,segment,homes\nGM0406,2024,freeRent,7\n';
    const dry = await upload(region, `${regionUrl}/imports/realisations?dryRun=true`, 'real.csv', csv);
    expect(dry.statusCode, dry.body).toBe(200);
    expect(json(dry)).toMatchObject({ created: 1, updated: 0 });
    expect(await monitor()).toBe(before);
    const done = await upload(region, `${regionUrl}/imports/realisations`, 'real.csv', csv);
    expect(done.statusCode).toBe(200);
    expect(await monitor()).toBe(before + 7);

    const bad = 'Gemeentecode,Jaar,Segment,Woningen\nGM0406,2024,freeRent,9\nGM0406,1800,socialRent,3\n';
    const refused = await upload(region, `${regionUrl}/imports/realisations`, 'real.csv', bad);
    expect(refused.statusCode).toBe(422);
    expect(json(refused).errors).toEqual([expect.objectContaining({ row: 3, column: 'Jaar' })]);
    const after = await monitor();
    const again = await upload(region, `${regionUrl}/imports/realisations?dryRun=true`, 'real.csv', csv);
    expect(json(again)).toMatchObject({ created: 0, updated: 0, unchanged: 1 });
    expect(after).toBe(await monitor());
  });

  test('a municipality may not import realisations of another', async () => {
    const csv = 'municipalityCode,year,segment,homes\nGM0406,2025,socialRent,7\n';
    const response = await upload(hilversum, `${regionUrl}/imports/realisations`, 'real.csv', csv);
    expect(response.statusCode).toBe(422);
    expect(json(response).errors[0]?.message).toContain('eigen gemeente');
  });
});
