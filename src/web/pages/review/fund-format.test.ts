import { describe, expect, test } from 'vitest';
import { formatBytes, formatLedgerEuro, openBookFileError } from './fund-format';

const plain = (text: string) => text.replace(/\u00a0/g, ' ');

describe('fund formats', () => {
  test.each([
    [80_000, '€ 80.000'],
    [-30_000, '€ -30.000'],
    [1234.5, '€ 1.234,50'],
    [-0.01, '€ -0,01'],
  ])('formatLedgerEuro(%d) = %s', (value, text) => {
    expect(plain(formatLedgerEuro(value))).toBe(text);
  });

  test.each([
    [850, '850 bytes'],
    [12_400, '12 kB'],
    [1_258_291, '1,2 MB'],
  ])('formatBytes(%d) = %s', (bytes, text) => {
    expect(formatBytes(bytes)).toBe(text);
  });

  test.each([
    [{ name: 'open-boek.PDF', size: 10 }, undefined],
    [{ name: 'open-boek.docx', size: 10 }, 'Lever het open boek aan als PDF, XLSX of CSV.'],
    [{ name: 'open-boek.csv', size: 10 * 1024 * 1024 + 1 }, 'Het bestand is te groot (maximaal 10 MB).'],
  ])('openBookFileError(%j) = %s', (file, message) => {
    expect(openBookFileError(file)).toBe(message);
  });
});
