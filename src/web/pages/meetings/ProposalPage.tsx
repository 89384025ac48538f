import { useQuery } from '@tanstack/react-query';
import { Link, useParams } from 'react-router';
import { Loading, QueryError } from '../../components/Status';
import { usePageTitle } from '../../components/usePageTitle';
import { formatDate } from '../../format';
import { Breadcrumb, RouteTable, whereIsProposal } from './common';
import { meetingsApi } from './meetings-api';

/** /overleg/voorstellen/{id}: the proposal as the region's cover sheet, with its route and where it is; prints on A4. */
export function ProposalPage() {
  const { id = '' } = useParams();
  const query = useQuery({ queryKey: ['meetings', 'proposal', id], queryFn: () => meetingsApi.proposal(id) });
  usePageTitle(query.data ? `Voorstel ${query.data.reference}` : 'Voorstel');
  if (query.isPending) return <Loading label="Voorstel laden…" />;
  if (query.isError) return <QueryError error={query.error} />;
  const p = query.data;
  return (
    <article className="wr-cover-sheet">
      <Breadcrumb />
      <h1 className="utrecht-heading-1">
        <span className="wr-meetings-subtitle">Voorstel {p.reference}</span>
        {p.title}
      </h1>
      <p className="wr-lead wr-screen-only" data-testid="proposal-status">
        <span className={`wr-badge wr-badge--${p.currentStepIndex === null ? 'ok' : 'risk'}`}>
          {p.statusLabel}
        </span>{' '}
        {p.currentStepIndex !== null && <>Nu bij: {whereIsProposal(p)}</>}
      </p>
      <div className="wr-actions">
        <button
          type="button"
          className="utrecht-button utrecht-button--secondary-action"
          onClick={() => window.print()}
        >
          Voorblad afdrukken
        </button>
        {p.permissions.canEdit && (
          <Link
            className="utrecht-button-link utrecht-button-link--secondary-action"
            to={`/overleg/voorstellen/${p.id}/wijzigen`}
          >
            Voorstel wijzigen
          </Link>
        )}
      </div>

      <section className="wr-cover-block" aria-labelledby="algemeen-kop">
        <h2 className="utrecht-heading-2" id="algemeen-kop">
          Algemeen
        </h2>
        <dl className="wr-cover-facts">
          <dt>Onderwerp</dt>
          <dd>{p.title}</dd>
          <dt>Verspreiden</dt>
          <dd>{p.distribute ? 'Ja' : 'Nee'}</dd>
          <dt>Contactpersoon</dt>
          <dd>{p.contactRole}</dd>
          {p.contactUnit && (
            <>
              <dt>Eenheid</dt>
              <dd>{p.contactUnit}</dd>
            </>
          )}
          <dt>Kenmerk</dt>
          <dd>{p.reference}</dd>
          <dt>Datum</dt>
          <dd>{formatDate(p.date)}</dd>
        </dl>
      </section>

      <section className="wr-cover-block" aria-labelledby="voorstel-kop">
        <h2 className="utrecht-heading-2" id="voorstel-kop">
          Voorstel
        </h2>
        <ol className="wr-cover-points">
          {p.points.map((point, index) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: the points are numbered by position
            <li key={index}>
              <strong>Voorstel {index + 1}.</strong> {point}
            </li>
          ))}
        </ol>
      </section>

      <section className="wr-cover-block" aria-labelledby="behandeling-kop">
        <h2 className="utrecht-heading-2" id="behandeling-kop">
          Behandeling
        </h2>
        <RouteTable proposal={p} caption="Behandeling: overleg, datum, doel en conclusie" />
      </section>

      {p.explanation && (
        <section className="wr-cover-block" aria-labelledby="toelichting-kop">
          <h2 className="utrecht-heading-2" id="toelichting-kop">
            Toelichting
          </h2>
          {p.explanation.split(/\n\n+/).map((para) => (
            <p key={para.slice(0, 40)} className="utrecht-paragraph">
              {para}
            </p>
          ))}
        </section>
      )}

      <section className="wr-cover-block" aria-labelledby="bijlagen-kop">
        <h2 className="utrecht-heading-2" id="bijlagen-kop">
          Bijlage(n)
        </h2>
        {p.attachments.length === 0 ? (
          <p className="utrecht-paragraph">Geen bijlagen.</p>
        ) : (
          <ol className="wr-cover-points">
            {p.attachments.map((a) => (
              <li key={a.title}>{a.url ? <a href={a.url}>{a.title}</a> : a.title}</li>
            ))}
          </ol>
        )}
      </section>
      {p.source && (
        <p className="wr-small wr-muted">
          Bron: {p.source}
          {p.demo && <span className="wr-badge wr-badge--internal wr-badge--small">demo</span>}
        </p>
      )}
    </article>
  );
}
