import { Link } from 'react-router';
import { HARDNESS_LABELS, PROGRESS_LABELS } from '../../../core/programme';
import type { Monitor } from '../../api';
import { formatDate, formatNumber, formatPercent } from '../../format';

type Areas = Monitor['details']['municipalities'];

/** Plan capacity by hardness against the remaining need × the reserve margin, and the shares against the norms. */
export function CapacityTable({
  areas,
  total,
  margin,
}: {
  areas: Areas;
  total: Monitor['details']['region'];
  margin: number;
}) {
  const rows = [...areas, total];
  return (
    <div className="wr-table-scroll">
      <table className="utrecht-table utrecht-table--html-table wr-table" data-testid="capacity-table">
        <caption className="wr-visually-hidden">Plancapaciteit en aandelen per gemeente</caption>
        <thead className="utrecht-table__header">
          <tr className="utrecht-table__row">
            {[
              'Gemeente',
              'Opgave',
              'Opgeleverd',
              'Voortgang',
              'Resterend',
              `Gewenst (${Math.round(margin * 100)}%)`,
              'Hard',
              'Zacht',
              'Tekort',
              'Sociale huur',
              'Betaalbaar',
            ].map((label, index) => (
              <th key={label} className={`utrecht-table__header-cell${index ? ' wr-num' : ''}`} scope="col">
                {label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody className="utrecht-table__body">
          {rows.map((a) => (
            <tr className="utrecht-table__row" key={a.code ?? 'regio'}>
              <th className="utrecht-table__header-cell" scope="row">
                {a.code ? <Link to={`/plannen?gemeente=${a.code}`}>{a.name}</Link> : a.name}
                {a.target.demo && <span className="wr-badge wr-badge--small wr-badge--risk"> demo</span>}
              </th>
              <td className="utrecht-table__cell wr-num">{formatNumber(a.target.homes)}</td>
              <td className="utrecht-table__cell wr-num">{formatNumber(a.delivered.homes)}</td>
              <td className="utrecht-table__cell wr-num">
                {a.progress.tone ? (
                  <span className={`wr-badge wr-badge--small wr-badge--${a.progress.tone}`}>
                    {PROGRESS_LABELS[a.progress.tone]}
                  </span>
                ) : (
                  '–'
                )}
              </td>
              <td className="utrecht-table__cell wr-num">{formatNumber(a.capacity.remainingNeed)}</td>
              <td className="utrecht-table__cell wr-num">{formatNumber(a.capacity.wanted)}</td>
              <td className="utrecht-table__cell wr-num">{formatNumber(a.capacity.hard)}</td>
              <td className="utrecht-table__cell wr-num">{formatNumber(a.capacity.soft)}</td>
              <td className="utrecht-table__cell wr-num">
                {a.capacity.shortfall ? formatNumber(a.capacity.shortfall) : 'geen'}
              </td>
              <td className="utrecht-table__cell wr-num">
                {formatPercent(a.shares.socialRent)} {a.shares.socialRentOk ? '' : '(onder norm)'}
              </td>
              <td className="utrecht-table__cell wr-num">
                {formatPercent(a.shares.affordable)} {a.shares.affordableOk ? '' : '(onder norm)'}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** Plans that occupy plan capacity without moving, and plans that freed theirs. */
export function OccupiedList({ monitor, nameOf }: { monitor: Monitor; nameOf: (code: string) => string }) {
  const held = monitor.occupied.reduce((a, p) => a + p.homes, 0);
  return (
    <>
      <p className="utrecht-paragraph" data-testid="occupied-summary">
        {monitor.occupied.length
          ? `${monitor.occupied.length} plan(nen) bezetten ${formatNumber(held)} woningen planruimte zonder voortgang.`
          : 'Geen plannen bezetten planruimte zonder voortgang.'}
      </p>
      {monitor.occupied.length > 0 && (
        <ul className="utrecht-unordered-list">
          {monitor.occupied.map((p) => (
            <li key={p.planId} className="utrecht-unordered-list__item">
              <Link to={`/plannen/${p.planId}`}>{p.name}</Link> ({nameOf(p.municipalityCode)},{' '}
              {HARDNESS_LABELS[p.hardness].toLowerCase()}, {formatNumber(p.homes)} woningen):{' '}
              {p.reasons.join(' ')}
            </li>
          ))}
        </ul>
      )}
      {monitor.freed.length > 0 && (
        <p className="utrecht-paragraph">
          Vrijgekomen:{' '}
          {monitor.freed
            .map(
              (p) =>
                `${p.name} (${formatNumber(p.homes)}, ${p.status === 'withdrawn' ? 'ingetrokken' : 'on hold'})`,
            )
            .join('; ')}
          .
        </p>
      )}
    </>
  );
}

/** What changed since the last snapshot. */
export function ChangesList({ changes }: { changes: Monitor['changes'] }) {
  if (!changes) {
    return (
      <p className="utrecht-paragraph">
        Er is nog geen momentopname. Het regiobureau maakt er een met de knop hierboven; elk kwartaal volgt er
        automatisch een.
      </p>
    );
  }
  const line = (
    label: string,
    items: { id: string; name: string; homes: number }[],
    extra?: (id: string) => string,
  ) => (
    <li className="utrecht-unordered-list__item">
      {label}:{' '}
      {items.length === 0
        ? 'geen'
        : items.map((p) => `${p.name} (${formatNumber(p.homes)}${extra ? extra(p.id) : ''})`).join('; ')}
    </li>
  );
  return (
    <>
      <p className="utrecht-paragraph">
        Sinds de momentopname van {formatDate(changes.since.takenAt)} (
        {changes.since.quarter.replace('-', ' ')}):
      </p>
      <ul className="utrecht-unordered-list" data-testid="changes">
        {line('Toegevoegd', changes.added)}
        {line('Vervallen', changes.dropped)}
        {line('Verschoven van fase', changes.moved)}
        {line('Vertraagd', changes.delayed, (id) => {
          const d = changes.delayed.find((x) => x.id === id);
          return d ? `, ${d.from} → ${d.to}` : '';
        })}
      </ul>
      <p className="utrecht-paragraph wr-no-print">
        <Link to="/monitor/momentopnamen">Andere momentopnamen met elkaar vergelijken</Link>
      </p>
    </>
  );
}
