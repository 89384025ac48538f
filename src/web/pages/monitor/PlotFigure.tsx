import * as Plot from '@observablehq/plot';
import { useEffect, useRef } from 'react';
import { formatNumber } from '../../format';

/**
 * An Observable Plot chart as one image with a Dutch text alternative (architecture.md: Plot's per-mark
 * aria-labels are removed; the numbers are in a table next to every chart).
 */
export function PlotFigure({ options, summary }: { options: Plot.PlotOptions; summary: string }) {
  const container = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const element = container.current;
    if (!element) return;
    const width = Math.max(320, Math.min(element.clientWidth || 720, 960));
    // Dutch numbers on the value axis (1.400, not 1,400), unless the chart says otherwise.
    const y = { tickFormat: (value: number) => formatNumber(value), ...options.y };
    const svg = Plot.plot({ width, height: 300, ...options, y });
    svg.setAttribute('aria-hidden', 'true');
    for (const node of svg.querySelectorAll('[aria-label]')) node.removeAttribute('aria-label');
    for (const node of svg.querySelectorAll('[aria-description]')) node.removeAttribute('aria-description');
    element.replaceChildren(svg);
    return () => svg.remove();
  }, [options]);
  return <div ref={container} role="img" aria-label={summary} className="wr-chart" />;
}
