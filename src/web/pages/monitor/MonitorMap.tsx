import * as Plot from '@observablehq/plot';
import { useEffect, useRef } from 'react';
import { HARDNESS_LABELS, HARDNESSES, type Hardness, type ProgressTone } from '../../../core/programme';
import { describeTone, type MapArea, type MonitorMapData, measureAspect } from './monitor-map';

/** Hardness colours as on the region map (RegionMap.tsx), with a shape each so colour is never alone. */
const HARDNESS_COLOURS: Record<Hardness, string> = { hard: '#1a6b3c', soft: '#c05f00', internal: '#6b6b6b' };
const HARDNESS_SYMBOLS: Record<Hardness, 'circle' | 'triangle' | 'square'> = {
  hard: 'circle',
  soft: 'triangle',
  internal: 'square',
};
/** Light fills per progress tone; risk and behind also get a hatch, and every area its tone as text. */
const TONE_FILLS: Record<ProgressTone | 'none', string> = {
  ok: '#d5ecdc',
  risk: '#fbe2c0',
  behind: '#f6cccc',
  none: '#eef2f6',
};
const TONE_PATTERNS: Partial<Record<ProgressTone, string>> = {
  risk: 'url(#wr-hatch-risk)',
  behind: 'url(#wr-hatch-behind)',
};
const TONE_ORDER: (ProgressTone | 'none')[] = ['ok', 'risk', 'behind', 'none'];

type Feature = { properties: { code: string; name: string } };
type Plan = MonitorMapData['plans'][number];

/**
 * The municipalities coloured (and hatched, and labelled) by progress, with the plans as points sized by
 * homes and coloured and shaped by hardness. One image with a text alternative; the numbers are in the
 * tables under it (MonitorMapSection).
 */
export function MonitorMap({
  map,
  areas,
  selected,
  label,
}: {
  map: MonitorMapData;
  areas: MapArea[];
  selected: string;
  label: string;
}) {
  const container = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const element = container.current;
    if (!element) return;
    // As wide as the column allows, at most 560 px tall.
    const aspect = measureAspect(map);
    const width = Math.max(320, Math.min(element.clientWidth || 640, 640, Math.round(560 / aspect)));
    const svg = drawMap(map, areas, selected, width, Math.round(width * aspect));
    svg.setAttribute('aria-hidden', 'true');
    for (const node of svg.querySelectorAll('[aria-label]')) node.removeAttribute('aria-label');
    for (const node of svg.querySelectorAll('[aria-description]')) node.removeAttribute('aria-description');
    element.replaceChildren(svg);
    return () => element.replaceChildren();
  }, [map, areas, selected]);
  return (
    <figure className="wr-map wr-monitor-map">
      <HatchPatterns />
      <div ref={container} role="img" aria-label={label} className="wr-map__canvas" />
      <figcaption>
        {!map.boundaries && (
          <p className="utrecht-paragraph wr-small">
            De gemeentegrenzen zijn nog niet geladen; de kaart toont de plannen en bij elke gemeente haar
            voortgang.
          </p>
        )}
        <MapLegend withNone={areas.some((a) => a.tone === null)} />
        {map.boundaries && <span className="wr-muted wr-small">{map.attribution}</span>}
      </figcaption>
    </figure>
  );
}

function drawMap(map: MonitorMapData, areas: MapArea[], selected: string, width: number, height: number) {
  const areaOf = (code: string) => areas.find((a) => a.code === code);
  const toneOf = (code: string): ProgressTone | 'none' => areaOf(code)?.tone ?? 'none';
  const labelOf = (code: string, name: string) => `${name}\n${describeTone(areaOf(code)?.tone ?? null)}`;
  const features = (map.boundaries?.features ?? []) as unknown as Feature[];
  const text = {
    fill: '#1f2a36',
    stroke: 'white',
    strokeWidth: 3,
    fontSize: 12,
    fontWeight: 600,
    lineHeight: 1.15,
  };
  return Plot.plot({
    width,
    height: height + 20,
    margin: 10,
    projection: { type: 'mercator', domain: map.boundaries ?? plansOutline(map.plans) },
    r: { range: [3, 18] },
    marks: [
      map.boundaries
        ? [
            Plot.geo(features, { fill: (f: Feature) => TONE_FILLS[toneOf(f.properties.code)] }),
            ...(['risk', 'behind'] as const).map((tone) =>
              Plot.geo(
                features.filter((f) => toneOf(f.properties.code) === tone),
                { fill: TONE_PATTERNS[tone] },
              ),
            ),
            Plot.geo(features, { stroke: '#51606f', strokeWidth: 1 }),
            Plot.geo(
              features.filter((f) => f.properties.code === selected),
              { stroke: '#1f2a36', strokeWidth: 3.5 },
            ),
          ]
        : null,
      Plot.dot(map.plans, {
        x: 'lon',
        y: 'lat',
        r: 'homes',
        symbol: (plan: Plan) => HARDNESS_SYMBOLS[plan.hardness],
        fill: (plan: Plan) => HARDNESS_COLOURS[plan.hardness],
        fillOpacity: 0.85,
        stroke: 'white',
        strokeWidth: 1,
        sort: { channel: '-r' },
        title: (plan: Plan) =>
          `${plan.name}: ${plan.homes.toLocaleString('nl-NL')} woningen (${HARDNESS_LABELS[plan.hardness].toLowerCase()})`,
      }),
      map.boundaries
        ? Plot.text(
            features,
            Plot.centroid({ text: (f: Feature) => labelOf(f.properties.code, f.properties.name), ...text }),
          )
        : Plot.text(areaCentres(map.plans, areas), { x: 'lon', y: 'lat', text: 'label', ...text }),
    ],
  });
}

/** Without boundaries, the projection fits the plans. */
function plansOutline(plans: Plan[]) {
  return { type: 'MultiPoint' as const, coordinates: plans.map((plan) => [plan.lon, plan.lat]) };
}

/** Without boundaries, each municipality's label sits at the mean position of its plans. */
function areaCentres(plans: Plan[], areas: MapArea[]) {
  return areas.flatMap((area) => {
    const own = plans.filter((plan) => plan.municipalityCode === area.code);
    if (own.length === 0) return [];
    const mean = (pick: (plan: Plan) => number) =>
      own.reduce((sum, plan) => sum + pick(plan), 0) / own.length;
    return [
      { lon: mean((p) => p.lon), lat: mean((p) => p.lat), label: `${area.name}\n${describeTone(area.tone)}` },
    ];
  });
}

/** The hatches the map and the legend share (an SVG that takes no room; display:none would drop them). */
function HatchPatterns() {
  return (
    <svg className="wr-map__defs" aria-hidden="true" focusable="false" width="0" height="0">
      <defs>
        <pattern
          id="wr-hatch-risk"
          width="8"
          height="8"
          patternUnits="userSpaceOnUse"
          patternTransform="rotate(45)"
        >
          <line x1="0" y1="0" x2="0" y2="8" stroke="#8a4b00" strokeWidth="1.5" strokeOpacity="0.45" />
        </pattern>
        <pattern
          id="wr-hatch-behind"
          width="7"
          height="7"
          patternUnits="userSpaceOnUse"
          patternTransform="rotate(45)"
        >
          <line x1="0" y1="0" x2="0" y2="7" stroke="#a4161a" strokeWidth="1.5" strokeOpacity="0.45" />
          <line x1="0" y1="0" x2="7" y2="0" stroke="#a4161a" strokeWidth="1.5" strokeOpacity="0.45" />
        </pattern>
      </defs>
    </svg>
  );
}

const TONE_LEGEND: Record<ProgressTone | 'none', string> = {
  ok: 'Op koers: opgeleverd op of boven het pad',
  risk: 'Risico: tot 15% onder het pad',
  behind: 'Achter: meer dan 15% onder het pad',
  none: 'Geen opgave',
};

/** The legend as text with swatches: hatch and label carry the tone, shape and label the hardness. */
function MapLegend({ withNone }: { withNone: boolean }) {
  return (
    <div className="wr-map-legend">
      <ul className="wr-legend" aria-label="Legenda voortgang van de gemeenten">
        {TONE_ORDER.filter((tone) => withNone || tone !== 'none').map((tone) => (
          <li key={tone}>
            <svg className="wr-legend__swatch" viewBox="0 0 18 18" aria-hidden="true" focusable="false">
              <rect width="18" height="18" fill={TONE_FILLS[tone]} stroke="#51606f" />
              {tone !== 'none' && TONE_PATTERNS[tone] && (
                <rect width="18" height="18" fill={TONE_PATTERNS[tone]} stroke="#51606f" />
              )}
            </svg>
            {TONE_LEGEND[tone]}
          </li>
        ))}
      </ul>
      <ul className="wr-legend" aria-label="Legenda plannen">
        {HARDNESSES.map((hardness) => (
          <li key={hardness}>
            <svg className="wr-legend__swatch" viewBox="0 0 18 18" aria-hidden="true" focusable="false">
              <HardnessSymbol shape={HARDNESS_SYMBOLS[hardness]} fill={HARDNESS_COLOURS[hardness]} />
            </svg>
            Plan, {HARDNESS_LABELS[hardness].toLowerCase()}
          </li>
        ))}
        <li>Grootte: aantal woningen</li>
      </ul>
    </div>
  );
}

function HardnessSymbol({ shape, fill }: { shape: 'circle' | 'triangle' | 'square'; fill: string }) {
  if (shape === 'circle') return <circle cx="9" cy="9" r="7" fill={fill} />;
  if (shape === 'square') return <rect x="3" y="3" width="12" height="12" fill={fill} />;
  return <polygon points="9,2 16.5,15.5 1.5,15.5" fill={fill} />;
}
