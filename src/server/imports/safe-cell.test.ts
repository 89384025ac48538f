import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { protectCell, unprotectCell } from './safe-cell';

// OWASP, CSV Injection: https://owasp.org/www-community/attacks/CSV_Injection
describe('protectCell', () => {
  test.each([
    ['=HYPERLINK("http://x")', `'=HYPERLINK("http://x")`],
    ['+31 6 1234', "'+31 6 1234"],
    ['-5', "'-5"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\tcmd', "'\tcmd"],
    ['\rcmd', "'\rcmd"],
    ["'=already", "''=already"],
    ["'t Hofje", "'t Hofje"],
    ['Plan aan de Vaart', 'Plan aan de Vaart'],
    ['', ''],
  ])('%j becomes %j', (input, output) => {
    expect(protectCell(input)).toBe(output);
  });

  test('numbers, null and booleans stay untouched', () => {
    expect(protectCell(-5)).toBe(-5);
    expect(protectCell(null)).toBeNull();
    expect(protectCell(true)).toBe(true);
  });

  test("unprotectCell keeps a Dutch leading apostrophe ('s-Hertogenbosch)", () => {
    expect(unprotectCell("'s-Hertogenbosch")).toBe("'s-Hertogenbosch");
  });

  test('property: unprotect(protect(text)) is the text, and the result never starts a formula', () => {
    const text = fc.string({ unit: fc.constantFrom('=', '+', '-', '@', '\t', '\r', "'", 'a', ' ', '1') });
    fc.assert(
      fc.property(text, (value) => {
        const safe = protectCell(value);
        expect(unprotectCell(safe)).toBe(value);
        expect(/^[=+\-@\t\r]/.test(safe)).toBe(false);
      }),
    );
  });
});
