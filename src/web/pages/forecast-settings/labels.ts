import { HARDNESS_LABELS, type Hardness, PHASE_LABELS, type Phase } from '../../../core/programme';

const SCENARIO_LABELS: Record<string, string> = { low: 'Lage groei', middle: 'Midden', high: 'Hoge groei' };

function describeValue(path: string): string {
  const [section, a = '', b = '', c = '', d = ''] = path.split('.');
  if (section === 'rules') {
    const where = `${PHASE_LABELS[a as Phase]}, ${HARDNESS_LABELS[b as Hardness].toLowerCase()}`;
    if (c === 'goAhead') return `kans doorgaan, ${where}`;
    return `vertraging${/^\d+$/.test(d) ? ` ${d} jaar` : ''}, ${where}`;
  }
  if (section === 'leadTimeYears') return `doorlooptijd, ${PHASE_LABELS[a as Phase]}`;
  if (section === 'scenarios') return `factor, ${SCENARIO_LABELS[a] ?? a}`;
  if (section === 'extraCapacityPhase') return 'fase van extra plancapaciteit';
  return 'parameters';
}

/**
 * A place in the form in words, for the error summary: `rules.planning.soft.goAhead.motivation` →
 * "Toelichting bij kans doorgaan, Planvorming en conditionering, zacht".
 */
export function describePath(path: string): string {
  const value = describeValue(path);
  if (path.endsWith('.motivation')) return `Toelichting bij ${value}`;
  return `${value.charAt(0).toUpperCase()}${value.slice(1)}`;
}
