import { AFFORDABLE_NORM, type NormsResult, SEGMENT_LABELS, SOCIAL_RENT_NORM } from '../../core/programme';
import { formatEuro, formatNumber, formatPercent } from '../format';

/**
 * The norms of the regional agreement for the homes as entered: 30% social rent and two thirds affordable.
 * The form recomputes it on every keystroke with the same core function the server uses.
 */
export function NormsPanel({ norms, limitsYear }: { norms: NormsResult; limitsYear: number | null }) {
  return (
    <section className="wr-norms" aria-labelledby="normen-titel">
      <h2 className="utrecht-heading-3" id="normen-titel">
        Normen van de regio
      </h2>
      <p className="wr-norms__total">{formatNumber(norms.totalHomes)} woningen in dit plan</p>
      <dl className="wr-norms__list">
        <NormLine
          testId="norm-social"
          label="Sociale huur"
          share={norms.socialRentShare}
          homes={norms.socialRentHomes}
          norm={SOCIAL_RENT_NORM}
          ok={norms.socialRentOk}
          normText="minstens 30%"
          empty={norms.totalHomes === 0}
        />
        <NormLine
          testId="norm-affordable"
          label="Betaalbaar"
          share={norms.affordableShare}
          homes={norms.affordableHomes}
          norm={AFFORDABLE_NORM}
          ok={norms.affordableOk}
          normText="minstens twee derde"
          empty={norms.totalHomes === 0}
        />
      </dl>
      {norms.aboveLimit.length > 0 && (
        <div className="wr-norms__warning" role="status">
          {norms.aboveLimit.map((line) => (
            <p key={line.index}>
              Regel {line.index + 1} ({SEGMENT_LABELS[line.segment]}): {formatEuro(line.valueEur)} ligt boven
              de grens van {formatEuro(line.limitEur)}
              {limitsYear ? ` (${limitsYear})` : ''}. Deze woningen tellen niet als betaalbaar.
            </p>
          ))}
        </div>
      )}
      <p className="wr-muted wr-small">
        Betaalbaar is sociale huur, middenhuur en betaalbare koop onder de landelijke grenzen
        {limitsYear ? ` van ${limitsYear}` : ''}.
      </p>
    </section>
  );
}

function NormLine({
  testId,
  label,
  share,
  homes,
  norm,
  ok,
  normText,
  empty,
}: {
  testId: string;
  label: string;
  share: number;
  homes: number;
  norm: number;
  ok: boolean;
  normText: string;
  empty: boolean;
}) {
  const status = empty ? 'nog geen woningen' : ok ? 'voldoet' : 'onder de norm';
  return (
    <div className="wr-norm">
      <dt>{label}</dt>
      <dd>
        <span className="wr-norm__value" data-testid={testId}>
          {formatPercent(share)}
        </span>{' '}
        <span className="wr-muted">
          ({formatNumber(homes)} woningen; norm {normText})
        </span>
        <span className="wr-norm__bar" aria-hidden="true">
          <span className="wr-norm__fill" style={{ width: `${Math.min(100, share * 100)}%` }} />
          <span className="wr-norm__mark" style={{ left: `${norm * 100}%` }} />
        </span>
        <span
          className={`wr-badge ${empty ? 'wr-badge--internal' : ok ? 'wr-badge--ok' : 'wr-badge--behind'}`}
        >
          {status}
        </span>
      </dd>
    </div>
  );
}
