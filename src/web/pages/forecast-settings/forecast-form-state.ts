import {
  DEMAND_SCENARIOS,
  FORECAST_HARDNESSES,
  FORECAST_PHASES,
  type ForecastParameters,
  findMaxDelay,
} from '../../../core/monitor/forecast-parameters';
import { parseDecimal } from '../../format';

/** What the admin typed: every input as text by its path, and a motivation per changed value. */
export interface ForecastFormState {
  values: Record<string, string>;
  motivations: Record<string, string>;
}

/** An error at a place in the form: an input's path, `<item>.motivation` or `<item>.sum`. */
export interface FormError {
  path: string;
  message: string;
}

type Kind = 'chance' | 'delay' | 'leadTime' | 'factor';
/** One value with its own source or assumption (the unit of provenance in ZForecastParameters). */
export interface ParameterItem {
  key: string;
  kind: Kind;
}

/** The prefix of every motivation: the data then says who changed the value and why. */
export const MOTIVATION_PREFIX = 'Aangepast door de regio: ';

/** The delay columns: 0 to 4 years, or further when the data holds longer delays. */
export function delayYears(parameters: ForecastParameters): number[] {
  return Array.from({ length: Math.max(4, findMaxDelay(parameters)) + 1 }, (_, year) => year);
}

/** Every editable value, in the order the page shows them. */
export function listItems(): ParameterItem[] {
  const rules = FORECAST_PHASES.flatMap((phase) =>
    FORECAST_HARDNESSES.flatMap((hardness) => [
      { key: `rules.${phase}.${hardness}.goAhead`, kind: 'chance' as const },
      { key: `rules.${phase}.${hardness}.delayYears`, kind: 'delay' as const },
    ]),
  );
  const leadTimes = FORECAST_PHASES.map((phase) => ({
    key: `leadTimeYears.${phase}`,
    kind: 'leadTime' as const,
  }));
  const scenarios = DEMAND_SCENARIOS.map((s) => ({ key: `scenarios.${s}`, kind: 'factor' as const }));
  return [...rules, ...leadTimes, ...scenarios];
}

/** `0.55` → `"55"`, `0.3333` → `"33,33"`: a fraction as the percentage a Dutch reader types. */
export function toPercentText(fraction: number): string {
  return String(Math.round(fraction * 1_000_000) / 10_000).replace('.', ',');
}

/** `"55"` → `0.55`, rounded to 4 decimals so the data holds 0.55 and not 0.5500000001; empty → null. */
export function fromPercentText(text: string): number | null {
  const percent = parseDecimal(text);
  return percent === null || Number.isNaN(percent) ? percent : Math.round(percent * 100) / 10_000;
}

function read(parameters: ForecastParameters, key: string): Record<string, unknown> {
  return key
    .split('.')
    .reduce<unknown>((node, part) => (node as Record<string, unknown>)[part], parameters) as Record<
    string,
    unknown
  >;
}

/** The form as the stored parameters fill it. */
export function formFromParameters(parameters: ForecastParameters): ForecastFormState {
  const values: Record<string, string> = {};
  const years = delayYears(parameters);
  for (const item of listItems()) {
    const node = read(parameters, item.key);
    if (item.kind === 'chance') values[item.key] = toPercentText(node.value as number);
    if (item.kind === 'leadTime') values[item.key] = String(node.value);
    if (item.kind === 'factor') values[item.key] = String(node.targetFactor).replace('.', ',');
    if (item.kind === 'delay') {
      const value = node.value as Record<string, number>;
      for (const year of years) values[`${item.key}.${year}`] = toPercentText(value[String(year)] ?? 0);
    }
  }
  return { values, motivations: {} };
}

/** The typed value of an item: a number, a delay distribution, or NaN where the text is no number. */
function parseItem(state: ForecastFormState, item: ParameterItem, years: number[]): unknown {
  const text = state.values[item.key] ?? '';
  if (item.kind === 'chance') return fromPercentText(text) ?? Number.NaN;
  if (item.kind === 'leadTime' || item.kind === 'factor') return parseDecimal(text) ?? Number.NaN;
  return Object.fromEntries(
    years.map((year) => [String(year), fromPercentText(state.values[`${item.key}.${year}`] ?? '') ?? 0]),
  );
}

function originalValue(parameters: ForecastParameters, item: ParameterItem): unknown {
  const node = read(parameters, item.key);
  return item.kind === 'factor' ? node.targetFactor : node.value;
}

/** Whether the admin changed an item's value (a delay year that is missing counts as 0%). */
export function isChanged(
  state: ForecastFormState,
  original: ForecastParameters,
  item: ParameterItem,
): boolean {
  const typed = parseItem(state, item, delayYears(original));
  const before = originalValue(original, item);
  if (item.kind !== 'delay') return !Object.is(typed, before);
  const after = typed as Record<string, number>;
  const was = before as Record<string, number>;
  const keys = new Set([...Object.keys(after), ...Object.keys(was)]);
  return [...keys].some((year) => (after[year] ?? 0) !== (was[year] ?? 0));
}

/**
 * The parameters to save. An unchanged value keeps its source and assumption; a changed one gets the admin's
 * motivation as its assumption and loses the source, which spoke of the old value.
 */
export function toParameters(state: ForecastFormState, original: ForecastParameters): unknown {
  const result = structuredClone(original) as unknown as Record<string, unknown>;
  const years = delayYears(original);
  for (const item of listItems()) {
    if (!isChanged(state, original, item)) continue;
    const node = read(result as unknown as ForecastParameters, item.key);
    const motivation = (state.motivations[item.key] ?? '').trim();
    delete node.source;
    node.assumption = motivation ? `${MOTIVATION_PREFIX}${motivation}` : undefined;
    const typed = parseItem(state, item, years);
    if (item.kind === 'factor') node.targetFactor = typed;
    else if (item.kind === 'delay') {
      const was = node.value as Record<string, number>;
      node.value = Object.fromEntries(
        Object.entries(typed as Record<string, number>).filter(([year, p]) => p !== 0 || year in was),
      );
    } else node.value = typed;
  }
  return result;
}
