import * as Plot from '@observablehq/plot';
import { useEffect, useMemo, useRef } from 'react';
import { PHASE_LABELS } from '../../../core/route-map/questions';
import { ROUTE_MAP_PHASES } from '../../../core/route-map/schema';
import { formatDate } from '../../format';
import type { Activity, BaselineActivity } from './planning-api';
import { formatWeeks, today, weeksToMonths } from './schedule-draft';

/** One colour per phase (mid tones, so the black outline of the critical path stays visible). */
const PHASE_COLOURS = ['#5b8fc9', '#4f9a5a', '#c9731f', '#9b7fc4'];
/** The colour of a phase in the chart, for the swatch in the table. */
export const phaseColour = (phase: string) =>
  PHASE_COLOURS[(ROUTE_MAP_PHASES as readonly string[]).indexOf(phase)] ?? '#6b6b6b';
const ROW_HEIGHT = 26;
const monthFormat = new Intl.DateTimeFormat('nl-NL', { month: 'short', timeZone: 'UTC' });
/** Dutch ticks: "jan\n2027" at a year's start, else "apr". */
const formatTick = (date: Date) =>
  `${monthFormat.format(date).replace('.', '')}${date.getUTCMonth() === 0 ? `\n${date.getUTCFullYear()}` : ''}`;
const day = (date: string) => new Date(`${date}T12:00:00Z`);
const shorten = (text: string, max = 40) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

/**
 * A Gantt chart of a schedule with Observable Plot: a bar per activity in schedule order, coloured by phase,
 * the critical path outlined in black, milestones as diamonds, the baseline as a thin line under each bar and a
 * line for today. One image with a Dutch summary; the same data is in the table under it (architecture.md).
 */
export function GanttChart({
  activities,
  baseline,
  label,
}: {
  activities: Activity[];
  baseline: BaselineActivity[] | null;
  label: string;
}) {
  const container = useRef<HTMLDivElement>(null);
  const options = useMemo(() => ganttOptions(activities, baseline), [activities, baseline]);
  const summary = useMemo(() => summarise(activities), [activities]);
  useEffect(() => {
    const element = container.current;
    if (!element) return;
    const width = Math.max(640, Math.min(element.clientWidth || 1000, 1280));
    const svg = Plot.plot({ width, ...options });
    svg.setAttribute('aria-hidden', 'true');
    for (const node of svg.querySelectorAll('[aria-label]')) node.removeAttribute('aria-label');
    for (const node of svg.querySelectorAll('[aria-description]')) node.removeAttribute('aria-description');
    element.replaceChildren(svg);
    return () => svg.remove();
  }, [options]);
  return (
    <figure className="wr-gantt">
      <p className="utrecht-paragraph">{summary}</p>
      <GanttLegend withBaseline={!!baseline?.length} />
      <div
        ref={container}
        role="img"
        aria-label={`Gantt-diagram, ${label}: ${summary} De tabel bevat dezelfde gegevens.`}
        className="wr-chart wr-gantt__chart"
      />
    </figure>
  );
}

function ganttOptions(activities: Activity[], baseline: BaselineActivity[] | null): Plot.PlotOptions {
  const names = new Map(activities.map((a) => [a.key, a.name]));
  const rows = activities.map((a) => ({
    key: a.key,
    phase: PHASE_LABELS[a.phase] ?? a.phase,
    start: day(a.start),
    end: day(a.end),
    critical: a.critical,
  }));
  const bars = rows.filter((_, i) => !activities[i]?.milestone);
  const milestones = rows.filter((_, i) => activities[i]?.milestone);
  const base = (baseline ?? [])
    .filter((b) => names.has(b.key))
    .map((b) => ({ key: b.key, start: day(b.start), end: day(b.end) }));
  const now = day(today());
  return {
    height: activities.length * ROW_HEIGHT + 70,
    marginLeft: 300,
    marginRight: 20,
    marginTop: 40,
    style: { fontSize: '12px' },
    x: { type: 'utc', label: null, grid: true, axis: 'top', tickFormat: formatTick },
    y: {
      type: 'band',
      domain: activities.map((a) => a.key),
      label: null,
      tickFormat: (key: string) => shorten(names.get(key) ?? key),
      tickSize: 0,
    },
    color: { domain: ROUTE_MAP_PHASES.map((p) => PHASE_LABELS[p]), range: PHASE_COLOURS },
    marks: [
      Plot.barX(bars, {
        x1: 'start',
        x2: 'end',
        y: 'key',
        fill: 'phase',
        insetTop: 4,
        insetBottom: 8,
        stroke: (d: { critical: boolean }) => (d.critical ? '#000' : 'none'),
        strokeWidth: 2,
      }),
      Plot.ruleY(base, { y: 'key', x1: 'start', x2: 'end', dy: 9, stroke: '#1b1b1b', strokeWidth: 2 }),
      Plot.dot(milestones, {
        x: 'start',
        y: 'key',
        dy: -2,
        symbol: 'diamond',
        r: 7,
        fill: 'phase',
        stroke: (d: { critical: boolean }) => (d.critical ? '#000' : '#fff'),
        strokeWidth: 2,
      }),
      Plot.ruleX([now], { stroke: '#a4161a', strokeWidth: 2, strokeDasharray: '5 3' }),
      Plot.text([now], {
        x: (d: Date) => d,
        frameAnchor: 'bottom',
        dy: -2,
        text: () => 'Vandaag',
        fill: '#a4161a',
      }),
    ],
  };
}

function summarise(activities: Activity[]): string {
  if (activities.length === 0) return 'Nog geen activiteiten.';
  const start = activities.map((a) => a.start).sort()[0];
  const end = activities
    .map((a) => a.end)
    .sort()
    .at(-1);
  const weeks = Math.round((day(end ?? '').getTime() - day(start ?? '').getTime()) / (7 * 86_400_000));
  const critical = activities.filter((a) => a.critical).length;
  return `${activities.length} activiteiten van ${formatDate(start)} tot ${formatDate(end)} (${formatWeeks(weeks)} weken, circa ${weeksToMonths(weeks)} maanden); ${critical} daarvan liggen op het kritieke pad.`;
}

/** The legend as HTML: phases by colour, and what outline, diamond, thin line and red line mean. */
function GanttLegend({ withBaseline }: { withBaseline: boolean }) {
  return (
    <figcaption className="wr-gantt__legend">
      {ROUTE_MAP_PHASES.map((phase, i) => (
        <span key={phase} className="wr-gantt__key">
          <span className="wr-gantt__swatch" style={{ background: PHASE_COLOURS[i] }} aria-hidden="true" />
          {PHASE_LABELS[phase]}
        </span>
      ))}
      <span className="wr-gantt__key">
        <span className="wr-gantt__swatch wr-gantt__swatch--critical" aria-hidden="true" />
        Zwarte rand: kritiek pad
      </span>
      <span className="wr-gantt__key">
        <span className="wr-gantt__diamond" aria-hidden="true" />
        Besluit (mijlpaal)
      </span>
      {withBaseline && (
        <span className="wr-gantt__key">
          <span className="wr-gantt__baseline" aria-hidden="true" />
          Basisplanning
        </span>
      )}
      <span className="wr-gantt__key">
        <span className="wr-gantt__today" aria-hidden="true" />
        Vandaag
      </span>
    </figcaption>
  );
}
