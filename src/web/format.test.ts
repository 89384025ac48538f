import { describe, expect, it } from 'vitest';
import { formatDate, formatEuro, formatHomes, formatNumber, formatPercent, parseNumber } from './format';

describe('Dutch formatting', () => {
  it('writes numbers, money and shares as nl-NL', () => {
    expect(formatNumber(7000)).toBe('7.000');
    expect(formatEuro(1100).replace(/\s/g, ' ')).toBe('€ 1.100');
    expect(formatPercent(1 / 3)).toBe('33%');
    expect(formatHomes(1)).toBe('1 woning');
    expect(formatHomes(2500)).toBe('2.500 woningen');
    expect(formatNumber(null)).toBe('–');
  });

  it('writes a calendar date in words', () => {
    expect(formatDate('2026-01-31')).toBe('31 januari 2026');
    expect(formatDate(null)).toBe('–');
  });

  it('reads what a Dutch user types', () => {
    expect(parseNumber('1.250')).toBe(1250);
    expect(parseNumber(' 12 ')).toBe(12);
    expect(parseNumber('')).toBeNull();
    expect(parseNumber('veel')).toBeNaN();
  });
});
