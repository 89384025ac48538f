/** An entry of a municipality's compensation fund ledger: never edited; a correction is a new entry. */
export type FundEntryKind = 'payment' | 'contribution' | 'correction';
export const FUND_ENTRY_LABELS: Record<FundEntryKind, string> = {
  payment: 'Afdracht (ontvangen)',
  contribution: 'Bijdrage uit het fonds',
  correction: 'Correctie',
};

export interface FundEntry {
  kind: FundEntryKind;
  /** Signed: payments in are positive, contributions out negative, a correction either. */
  amountEur: number;
  /** For a contribution: the number of affordable homes it supports. */
  homes?: number | null;
  /** For a correction: the entry it corrects. */
  correctsId?: string | null;
}

/** The balance: the sum of all entries, in cents to stay exact. */
export function fundBalance(entries: readonly Pick<FundEntry, 'amountEur'>[]): number {
  return entries.reduce((cents, entry) => cents + Math.round(entry.amountEur * 100), 0) / 100;
}

/**
 * Why a new entry may not be booked, in Dutch, or null: a payment is positive; a contribution is negative, names
 * its homes, stays within the cap per home (Gooise Meren: € 25,000, seed 003) and within the balance; a correction
 * names the entry it corrects and is not zero.
 */
export function fundEntryError(
  entry: FundEntry,
  context: { balanceEur: number; capPerHomeEur: number | null; knownIds: ReadonlySet<string> },
): string | null {
  if (!Number.isFinite(entry.amountEur) || entry.amountEur === 0) return 'Vul een bedrag in dat niet 0 is.';
  switch (entry.kind) {
    case 'payment':
      return entry.amountEur > 0
        ? null
        : 'Een afdracht is een positief bedrag (geld dat het fonds ontvangt).';
    case 'contribution': {
      if (entry.amountEur > 0)
        return 'Een bijdrage uit het fonds is een negatief bedrag (geld dat het fonds uitgeeft).';
      if (!entry.homes || entry.homes < 1) return 'Noem het aantal woningen waaraan het fonds bijdraagt.';
      const perHome = -entry.amountEur / entry.homes;
      if (context.capPerHomeEur != null && perHome > context.capPerHomeEur + 1e-9) {
        return `Het fonds draagt hoogstens ${formatEur(context.capPerHomeEur)} per woning bij; dit is ${formatEur(perHome)} per woning.`;
      }
      if (-entry.amountEur > context.balanceEur + 1e-9) {
        return `Het saldo van het fonds (${formatEur(context.balanceEur)}) is te laag voor deze bijdrage.`;
      }
      return null;
    }
    case 'correction':
      if (!entry.correctsId || !context.knownIds.has(entry.correctsId))
        return 'Kies de boeking die je corrigeert.';
      if (context.balanceEur + entry.amountEur < -1e-9)
        return 'Na deze correctie zou het saldo negatief zijn.';
      return null;
  }
}

const eurFormat = new Intl.NumberFormat('nl-NL', {
  style: 'currency',
  currency: 'EUR',
  minimumFractionDigits: 0,
  maximumFractionDigits: 2,
});
const formatEur = (value: number) => eurFormat.format(value).replace(/\u00a0/g, ' ');
