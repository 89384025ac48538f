import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Link } from 'react-router';
import { api, type SnapshotComparison, type SnapshotSummary } from '../../api';
import { HardnessBadge, phaseLabel } from '../../components/labels';
import { Loading, QueryError } from '../../components/Status';
import { useMe } from '../../components/session';
import { usePageTitle } from '../../components/usePageTitle';
import { formatNumber } from '../../format';
import { ComparisonTable } from './ComparisonTable';

const DROP_LABELS: Record<string, string> = {
  removed: 'verwijderd',
  onHold: 'on hold gezet',
  withdrawn: 'ingetrokken',
};

const shortDateTime = new Intl.DateTimeFormat('nl-NL', {
  day: 'numeric',
  month: 'short',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  timeZone: 'Europe/Amsterdam',
});

/** `2026 Q4 · 23 nov 2026 10:45:12 (handmatig)`: short enough for a select, precise enough to tell apart. */
function snapshotLabel(snapshot: SnapshotSummary): string {
  const kind = snapshot.kind === 'scheduled' ? 'kwartaal' : 'handmatig';
  const when = shortDateTime.format(new Date(snapshot.takenAt)).replace(',', '');
  return `${snapshot.quarter.replace('-', ' ')} · ${when} (${kind})`;
}

/**
 * /monitor/momentopnamen: any two snapshots of the programme side by side — plans added, dropped, moved to
 * another phase or hardness, and delayed — so a quarter can be compared with any other.
 */
export function SnapshotsPage() {
  usePageTitle('Momentopnamen vergelijken');
  const me = useMe();
  const slug = me.region.slug;
  const list = useQuery({ queryKey: ['snapshots', slug], queryFn: () => api.snapshots(slug) });
  const municipalities = useQuery({ queryKey: ['municipalities'], queryFn: api.municipalities });
  const [chosen, setChosen] = useState<{ from: string; to: string } | null>(null);
  const [pair, setPair] = useState<{ from: string; to: string } | null>(null);
  const comparison = useQuery({
    queryKey: ['snapshot-compare', slug, pair?.from, pair?.to],
    queryFn: () => api.compareSnapshots(slug, pair?.from ?? '', pair?.to ?? ''),
    enabled: pair !== null,
  });
  if (list.isPending) return <Loading label="Momentopnamen laden…" />;
  if (list.isError) return <QueryError error={list.error} />;
  const items = list.data.items;
  const names = new Map((municipalities.data?.items ?? []).map((m) => [m.code, m.name]));
  const nameOf = (code: string) => names.get(code) ?? code;
  // Newest first: compare the one before the newest with the newest by default.
  const from = chosen?.from ?? items[1]?.id ?? '';
  const to = chosen?.to ?? items[0]?.id ?? '';
  const sameOrReversed =
    from === to ||
    (items.findIndex((item) => item.id === from) >= 0 &&
      items.findIndex((item) => item.id === from) < items.findIndex((item) => item.id === to));

  return (
    <>
      <p className="wr-breadcrumb">
        <Link to="/monitor">Monitor</Link>
      </p>
      <h1 className="utrecht-heading-1">Momentopnamen vergelijken</h1>
      <p className="utrecht-paragraph wr-lead">
        Elk kwartaal legt Woonregie het hele programma vast; je kunt ook zelf een momentopname maken op de
        monitor. Kies twee momentopnamen om te zien welke plannen erbij kwamen, vervielen, van fase wisselden
        of later opleveren.
      </p>
      {items.length < 2 ? (
        <p className="utrecht-paragraph" data-testid="snapshots-empty">
          Er {items.length === 1 ? 'is één momentopname' : 'zijn nog geen momentopnamen'}; voor een
          vergelijking zijn er twee nodig. Maak er een op de <Link to="/monitor">monitor</Link>.
        </p>
      ) : (
        <form
          className="wr-filters"
          aria-label="Momentopnamen kiezen"
          onSubmit={(event) => {
            event.preventDefault();
            if (!sameOrReversed) setPair({ from, to });
          }}
        >
          {(
            [
              ['from', 'Van (oudere momentopname)'],
              ['to', 'Tot (nieuwere momentopname)'],
            ] as const
          ).map(([key, label]) => (
            <div className="wr-filter" key={key}>
              <label className="utrecht-form-label" htmlFor={`snapshot-${key}`}>
                {label}
              </label>
              <select
                id={`snapshot-${key}`}
                className="utrecht-select"
                style={{ maxInlineSize: 'none' }}
                value={key === 'from' ? from : to}
                aria-describedby={sameOrReversed ? 'snapshot-order-error' : undefined}
                onChange={(event) =>
                  setChosen({ from, to, [key]: event.target.value } as { from: string; to: string })
                }
              >
                {items.map((item) => (
                  <option key={item.id} value={item.id}>
                    {snapshotLabel(item)}
                  </option>
                ))}
              </select>
            </div>
          ))}
          <div className="wr-filter">
            <button
              type="submit"
              className="utrecht-button utrecht-button--primary-action"
              disabled={sameOrReversed}
            >
              Vergelijken
            </button>
          </div>
          {sameOrReversed && (
            <p className="utrecht-form-field-error-message" id="snapshot-order-error">
              Kies bij "Van" een oudere momentopname dan bij "Tot".
            </p>
          )}
        </form>
      )}
      {comparison.isFetching && <Loading label="Vergelijken…" />}
      {comparison.isError && <QueryError error={comparison.error} />}
      {comparison.data && <ComparisonResult data={comparison.data} nameOf={nameOf} />}
    </>
  );
}

function ComparisonResult({ data, nameOf }: { data: SnapshotComparison; nameOf: (code: string) => string }) {
  const period = `${data.from.quarter.replace('-', ' ')} → ${data.to.quarter.replace('-', ' ')}`;
  return (
    <section className="wr-section" aria-labelledby="comparison" data-testid="snapshot-comparison">
      <h2 className="utrecht-heading-2" id="comparison">
        Wat veranderde ({period})
      </h2>
      <p className="utrecht-paragraph">
        {formatNumber(data.added.length)} toegevoegd, {formatNumber(data.dropped.length)} vervallen,{' '}
        {formatNumber(data.moved.length)} van fase of hardheid gewisseld, {formatNumber(data.delayed.length)}{' '}
        vertraagd.
      </p>
      <ComparisonTable title="Toegevoegd" rows={data.added} nameOf={nameOf} />
      <ComparisonTable
        title="Vervallen"
        rows={data.dropped}
        nameOf={nameOf}
        extra={{ label: 'Hoe', value: (row) => DROP_LABELS[row.status] ?? row.status }}
      />
      <ComparisonTable
        title="Van fase of hardheid gewisseld"
        rows={data.moved}
        nameOf={nameOf}
        extra={{
          label: 'Van → naar',
          value: (row) => (
            <>
              {phaseLabel(row.from.phase)} <HardnessBadge hardness={row.from.hardness} /> →{' '}
              {phaseLabel(row.to.phase)} <HardnessBadge hardness={row.to.hardness} />
            </>
          ),
        }}
      />
      <ComparisonTable
        title="Vertraagd (eerste oplevering later)"
        rows={data.delayed}
        nameOf={nameOf}
        extra={{
          label: 'Eerste oplevering',
          value: (row) => `${row.from} → ${row.to} (+${row.years} jaar)`,
        }}
      />
    </section>
  );
}
