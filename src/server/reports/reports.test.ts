import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { ACCOUNTS } from '../../../test/support/fixtures';
import { type Client, createTestApp, ORIGIN, type TestApp } from '../../../test/support/test-app';
import { databaseKinds } from '../../../test/support/test-db';

const URL = '/api/v1/regions/gooi-en-vechtstreek';

describe.each(databaseKinds())('monitor exports on %s', (kind) => {
  let t: TestApp;
  let region: Client;

  beforeAll(async () => {
    t = await createTestApp(kind);
    region = await t.login(ACCOUNTS.region);
  });
  afterAll(() => t.close());

  test.each([
    ['xlsx', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', 'PK'],
    ['pdf', 'application/pdf', '%PDF'],
  ])('monitor.%s downloads as an attachment for the regional admin', async (format, type, magic) => {
    const response = await region.get(`${URL}/monitor.${format}?runs=200&seed=3&scenario=high`);
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe(type);
    expect(response.headers['content-disposition']).toMatch(
      new RegExp(`^attachment; filename="monitor-gooi-en-vechtstreek-\\d{4}-\\d{2}-\\d{2}\\.${format}"$`),
    );
    expect(response.rawPayload.subarray(0, magic.length).toString('latin1')).toBe(magic);
  });

  test("the workbook's region figures equal the monitor's", async () => {
    const monitor = (await region.get(`${URL}/monitor`)).json();
    const response = await region.get(`${URL}/monitor.xlsx?runs=100`);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(response.rawPayload as unknown as ArrayBuffer);
    const sheet = workbook.getWorksheet('Voortgang') as ExcelJS.Worksheet;
    let total: unknown[] = [];
    sheet.eachRow((row) => {
      if (row.getCell(1).value === 'Regio (totaal)') total = (row.values as unknown[]).slice(1);
    });
    expect(total.slice(1, 3)).toEqual([monitor.region.target, monitor.region.delivered]);
    expect(monitor.region.delivered).toBeGreaterThan(0);
  });

  test('without a session: 401', async () => {
    const response = await t.app.inject({
      method: 'GET',
      url: `${URL}/monitor.xlsx`,
      headers: { origin: ORIGIN },
    });
    expect(response.statusCode).toBe(401);
  });

  test('an unknown region: 404; a bad query: a Dutch 422', async () => {
    expect((await region.get('/api/v1/regions/nergens/monitor.pdf')).statusCode).toBe(404);
    const bad = await region.get(`${URL}/monitor.pdf?runs=20000`);
    expect(bad.statusCode).toBe(422);
    expect(bad.body).toContain('hoogstens 10.000');
  });
});
