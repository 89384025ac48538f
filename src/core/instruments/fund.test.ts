import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { fundBalance, fundEntryError } from './fund';

const context = { balanceEur: 100_000, capPerHomeEur: 25_000, knownIds: new Set(['e1']) };

describe('the compensation fund ledger', () => {
  test('property: the balance equals the sum of its entries, in any order', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: -1_000_000_00, max: 1_000_000_00 }), { maxLength: 50 }),
        (cents) => {
          const entries = cents.map((c) => ({ amountEur: c / 100 }));
          const expected = cents.reduce((sum, c) => sum + c, 0) / 100;
          return fundBalance(entries) === expected && fundBalance([...entries].reverse()) === expected;
        },
      ),
    );
  });

  test.each([
    [{ kind: 'payment' as const, amountEur: 80_000 }, null],
    [
      { kind: 'payment' as const, amountEur: -5 },
      'Een afdracht is een positief bedrag (geld dat het fonds ontvangt).',
    ],
    [{ kind: 'contribution' as const, amountEur: -50_000, homes: 2 }, null],
    // Gooise Meren: the fund pays at most € 25,000 per home (seed 003, session 4).
    [
      { kind: 'contribution' as const, amountEur: -60_000, homes: 2 },
      'Het fonds draagt hoogstens € 25.000 per woning bij; dit is € 30.000 per woning.',
    ],
    [
      { kind: 'contribution' as const, amountEur: -10_000 },
      'Noem het aantal woningen waaraan het fonds bijdraagt.',
    ],
    [
      { kind: 'contribution' as const, amountEur: -125_000, homes: 5 },
      'Het saldo van het fonds (€ 100.000) is te laag voor deze bijdrage.',
    ],
    [{ kind: 'correction' as const, amountEur: -1_000, correctsId: 'e1' }, null],
    [
      { kind: 'correction' as const, amountEur: -1_000, correctsId: 'onbekend' },
      'Kies de boeking die je corrigeert.',
    ],
    [{ kind: 'payment' as const, amountEur: 0 }, 'Vul een bedrag in dat niet 0 is.'],
  ])('%o → %s', (entry, error) => {
    expect(fundEntryError(entry, context)).toBe(error);
  });
});
