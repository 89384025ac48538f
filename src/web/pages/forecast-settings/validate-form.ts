import { type ForecastParameters, ZForecastParameters } from '../../../core/monitor/forecast-parameters';
import {
  delayYears,
  type ForecastFormState,
  type FormError,
  fromPercentText,
  isChanged,
  listItems,
  toParameters,
} from './forecast-form-state';

const PERCENT_ERROR = 'Vul een percentage in van 0 tot 100.';
const MOTIVATION_ERROR = 'Leg uit waarom je deze waarde wijzigt (minstens 3 tekens).';

/**
 * Where the form shows an error of the API or of ZForecastParameters, by its path:
 * `rules.planning.soft.goAhead.value` → the input, `rules.planning.soft.goAhead` (no source or assumption) →
 * the motivation, `rules.planning.soft.delayYears.value` (sum) → the row's sum, `….value.3` → that year's input.
 */
export function locateIssue(path: string): string {
  const item = listItems().find(
    (candidate) => path === candidate.key || path.startsWith(`${candidate.key}.`),
  );
  if (!item) return path.startsWith('extraCapacityPhase') ? 'extraCapacityPhase' : '';
  const rest = path.slice(item.key.length + 1);
  if (item.kind === 'delay' && rest === 'value') return `${item.key}.sum`;
  if (item.kind === 'delay' && rest.startsWith('value.')) return `${item.key}.${rest.slice('value.'.length)}`;
  if (rest === 'value' || rest === 'targetFactor') return item.key;
  return `${item.key}.motivation`;
}

function checkPercent(text: string, allowEmpty: boolean): boolean {
  const fraction = fromPercentText(text);
  if (fraction === null) return allowEmpty;
  return !Number.isNaN(fraction) && fraction >= 0 && fraction <= 1;
}

/** The sum of a delay row in percent (empty cells count as 0), or NaN when a cell is no number. */
export function delaySum(state: ForecastFormState, key: string, years: number[]): number {
  const total = years.reduce(
    (sum, year) => sum + (fromPercentText(state.values[`${key}.${year}`] ?? '') ?? 0),
    0,
  );
  return Math.round(total * 1_000_000) / 10_000;
}

/** Every error in the form, at most one per place: the form's own checks first, then the data's schema. */
export function validateForm(state: ForecastFormState, original: ForecastParameters): FormError[] {
  const errors: FormError[] = [];
  const years = delayYears(original);
  for (const item of listItems()) {
    if (item.kind === 'chance' && !checkPercent(state.values[item.key] ?? '', false)) {
      errors.push({ path: item.key, message: PERCENT_ERROR });
    }
    if (item.kind === 'delay') {
      for (const year of years) {
        const path = `${item.key}.${year}`;
        if (!checkPercent(state.values[path] ?? '', true)) errors.push({ path, message: PERCENT_ERROR });
      }
      const sum = delaySum(state, item.key, years);
      if (!Number.isNaN(sum) && sum !== 100) {
        errors.push({
          path: `${item.key}.sum`,
          message: `Samen ${String(sum).replace('.', ',')}%; de kansen op vertraging moeten samen 100% zijn.`,
        });
      }
    }
    if (isChanged(state, original, item) && (state.motivations[item.key] ?? '').trim().length < 3) {
      errors.push({ path: `${item.key}.motivation`, message: MOTIVATION_ERROR });
    }
  }
  const parsed = ZForecastParameters.safeParse(toParameters(state, original));
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      errors.push({ path: locateIssue(issue.path.join('.')), message: issue.message });
    }
  }
  return dedupe(errors);
}

/** The first message per place (the form's own, in percent, before the schema's, in fractions). */
export function dedupe(errors: FormError[]): FormError[] {
  const seen = new Set<string>();
  return errors.filter((error) => !seen.has(error.path) && seen.add(error.path));
}
