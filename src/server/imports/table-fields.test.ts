import { describe, expect, test } from 'vitest';
import {
  parseCount,
  parseMunicipalityCode,
  parsePhase,
  parsePlanningStatus,
  parseSegment,
  parseYear,
} from './table-fields';

describe('parseCount', () => {
  test.each([
    [null, 0],
    ['', 0],
    [' 12 ', 12],
    [12, 12],
    ['1.200', 1200],
    ['12.000.000', 12_000_000],
  ])('%j → %d', (cell, value) => {
    expect(parseCount(cell)).toEqual({ ok: true, value });
  });

  // "1.5" and "12,5" could be decimals: refuse rather than guess (a thousands dot needs groups of three).
  test.each([['1.5'], ['12,5'], [-3], [2.5], ['tien'], ['1.2000']])('refuses %j', (cell) => {
    expect(parseCount(cell).ok).toBe(false);
  });
});

describe('parseYear', () => {
  test.each([
    [null, { ok: true, value: null }],
    [2028, { ok: true, value: 2028 }],
    ['2030', { ok: true, value: 2030 }],
    ['1999', { ok: false, message: '"1999" is geen jaar van 2000 tot en met 2060.' }],
    ['28', { ok: false, message: '"28" is geen jaar van 2000 tot en met 2060.' }],
  ])('%j', (cell, result) => {
    expect(parseYear(cell, 2000, 2060)).toEqual(result);
  });
});

describe('parseMunicipalityCode', () => {
  const region = ['GM0402', 'GM0406'];
  test.each([
    ['GM0402', 'GM0402'],
    [' gm0406', 'GM0406'],
    [402, 'GM0402'],
    ['0402', 'GM0402'],
  ])('%j → %s', (cell, code) => {
    expect(parseMunicipalityCode(cell, region)).toEqual({ ok: true, value: code });
  });

  test.each([
    ['GM9998', 'Gemeente GM9998 hoort niet bij deze regio.'],
    ['GM9999', 'GM9999 is de fictieve gemeente uit de voorbeeldrij van het sjabloon. Verwijder die rij.'],
    ['Hilversum', '"HILVERSUM" is geen gemeentecode. Gebruik de CBS-code, zoals GM0402.'],
    [null, 'Vul een gemeentecode in, zoals GM0402.'],
  ])('refuses %j', (cell, message) => {
    expect(parseMunicipalityCode(cell, region)).toEqual({ ok: false, message });
  });
});

describe('list values', () => {
  test.each([
    ['initiative', 'initiative'],
    ['Planvorming en conditionering', 'planning'],
    ['UITWERKING', 'elaboration'],
    ['bouw', 'construction'],
    ['Opgeleverd', 'delivered'],
  ])('phase %s → %s', (text, phase) => {
    expect(parsePhase(text)).toEqual({ ok: true, value: phase });
  });

  test.each([
    ['1A', '1A'],
    ['1a', '1A'],
    ['2B. Vastgesteld, uitwerkingsplicht', '2B'],
    ['3', '3'],
  ])('planning status %s → %s', (text, status) => {
    expect(parsePlanningStatus(text)).toEqual({ ok: true, value: status });
  });

  test.each([
    ['socialRent', 'socialRent'],
    ['Vrije sector koop', 'freeBuy'],
    ['onbekend', 'unknown'],
  ])('segment %s → %s', (text, segment) => {
    expect(parseSegment(text)).toEqual({ ok: true, value: segment });
  });

  test('unknown values are refused with the allowed ones', () => {
    expect(parsePhase('sloop')).toEqual({
      ok: false,
      message: 'Onbekende fase "sloop". Kies uit: initiatief, planvorming, uitwerking, bouw, opgeleverd.',
    });
    expect(parsePlanningStatus('1D').ok).toBe(false);
    expect(parseSegment('Koophuur').ok).toBe(false);
  });
});
