import * as Plot from '@observablehq/plot';
import { useEffect, useRef } from 'react';
import { HARDNESS_LABELS, HARDNESSES, type Hardness } from '../../../core/programme';
import type { RegionMap as RegionMapData } from '../../api';

/** Hardness colours with enough contrast on white; the legend and the table carry the same as text. */
export const HARDNESS_COLOURS: Record<Hardness, string> = {
  hard: '#1a6b3c',
  soft: '#c05f00',
  internal: '#6b6b6b',
};

/**
 * The member municipalities with the plans as points (size = homes, colour = hardness), drawn by
 * Observable Plot. The drawing is one image with a text alternative; the same plans are in a table below.
 */
export function RegionMap({ data, summary }: { data: RegionMapData; summary: string }) {
  const container = useRef<HTMLDivElement>(null);

  useEffect(() => {
    const element = container.current;
    if (!element) return;
    const width = Math.max(320, Math.min(element.clientWidth || 720, 900));
    const outline =
      data.boundaries ??
      ({
        type: 'MultiPoint',
        coordinates: [
          ...data.plans.map((plan) => [plan.lon, plan.lat]),
          ...data.municipalities.flatMap((m) => (m.centre ? [[m.centre.lon, m.centre.lat]] : [])),
        ],
      } as const);
    const svg = Plot.plot({
      width,
      height: Math.round(width * 0.72),
      margin: 10,
      projection: { type: 'mercator', domain: outline },
      r: { range: [3, 16] },
      marks: [
        data.boundaries
          ? Plot.geo(data.boundaries, { fill: '#eef2f6', stroke: '#51606f', strokeWidth: 1 })
          : null,
        data.boundaries
          ? Plot.text(
              data.boundaries.features,
              Plot.centroid({
                text: (feature: { properties: { name: string } }) => feature.properties.name,
                fill: '#1f2a36',
                stroke: 'white',
                strokeWidth: 3,
                fontSize: 13,
                fontWeight: 600,
              }),
            )
          : null,
        data.boundaries
          ? null
          : Plot.text(
              data.municipalities.filter((m) => m.centre),
              {
                x: (m: { centre: { lon: number } }) => m.centre.lon,
                y: (m: { centre: { lat: number } }) => m.centre.lat,
                text: 'name',
                fill: '#1f2a36',
                stroke: 'white',
                strokeWidth: 3,
                fontSize: 13,
                fontWeight: 600,
              },
            ),
        Plot.dot(data.plans, {
          x: 'lon',
          y: 'lat',
          r: 'homes',
          fill: (plan: { hardness: Hardness }) => HARDNESS_COLOURS[plan.hardness],
          fillOpacity: 0.8,
          stroke: 'white',
          strokeWidth: 1,
          sort: { channel: '-r' },
          title: (plan: { name: string; homes: number; hardness: Hardness }) =>
            `${plan.name}: ${plan.homes.toLocaleString('nl-NL')} woningen (${HARDNESS_LABELS[plan.hardness].toLowerCase()})`,
        }),
      ],
    });
    // The figure is one image (role=img on the wrapper); Plot's per-mark labels would only add noise.
    svg.setAttribute('aria-hidden', 'true');
    for (const group of svg.querySelectorAll('[aria-label]')) group.removeAttribute('aria-label');
    for (const group of svg.querySelectorAll('[aria-description]')) group.removeAttribute('aria-description');
    element.replaceChildren(svg);
    return () => element.replaceChildren();
  }, [data]);

  return (
    <figure className="wr-map">
      <div ref={container} role="img" aria-label={summary} className="wr-map__canvas" />
      <figcaption>
        {!data.boundaries && (
          <p className="utrecht-paragraph">
            De gemeentegrenzen zijn nog niet geladen; de kaart toont de plannen en de namen van de gemeenten.
            Een beheerder laadt de grenzen met <code>woonregie import-boundaries BESTAND</code> (TopoJSON of
            GeoJSON met CBS-codes).
          </p>
        )}
        <ul className="wr-legend" aria-label="Legenda">
          {HARDNESSES.map((hardness) => (
            <li key={hardness}>
              <span
                className="wr-legend__dot"
                style={{ background: HARDNESS_COLOURS[hardness] }}
                aria-hidden="true"
              />
              {HARDNESS_LABELS[hardness]}
            </li>
          ))}
          <li>Grootte van de stip: aantal woningen</li>
        </ul>
        {data.boundaries && <span className="wr-muted wr-small">{data.attribution}</span>}
      </figcaption>
    </figure>
  );
}
