import type { ROLES } from '../../../core/route-map/schema';

/** The route map's roles as the page names them. */
export const ROLE_LABELS: Record<string, string> = {
  projectleider: 'Projectleider',
  jurist: 'Jurist',
  stedenbouwkundige: 'Stedenbouwkundige',
  planeconoom: 'Planeconoom',
  participatieadviseur: 'Participatieadviseur',
  vergunningverlener: 'Vergunningverlener',
  'corporatie-projectontwikkelaar': 'Projectontwikkelaar corporatie',
  omgevingsadviseur: 'Omgevingsadviseur',
  architect: 'Architect',
  'civiel-technicus': 'Civiel technicus',
  bouwmanager: 'Bouwmanager',
} satisfies Record<(typeof ROLES)[number], string>;

export const roleLabel = (role: string) => ROLE_LABELS[role] ?? role;

const fte = new Intl.NumberFormat('nl-NL', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
const month = new Intl.DateTimeFormat('nl-NL', { month: 'long', year: 'numeric', timeZone: 'UTC' });
const shortMonth = new Intl.DateTimeFormat('nl-NL', { month: 'short', year: '2-digit', timeZone: 'UTC' });

/** `1.25` → `1,25`, `0.5` → `0,50` (FTE to two decimals: 0,05 fte is under 2 hours a week). */
export const formatFte = (value: number | null) => (value === null ? '–' : fte.format(value));

/** `2027-03` → `maart 2027`. */
export const formatMonth = (value: string) => month.format(new Date(`${value}-15T00:00:00Z`));

/** `2027-03` → `mrt 27`. */
export const formatShortMonth = (value: string) =>
  shortMonth.format(new Date(`${value}-15T00:00:00Z`)).replace('.', '');

/** The current month in Amsterdam, `YYYY-MM`. */
export const currentMonth = () =>
  new Date().toLocaleDateString('sv-SE', { timeZone: 'Europe/Amsterdam' }).slice(0, 7);
