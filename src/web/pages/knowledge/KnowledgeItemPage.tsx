import './knowledge.css';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { TOOLBOX_GOAL_LABELS } from '../../../core/knowledge';
import { Loading, QueryError } from '../../components/Status';
import { usePageTitle } from '../../components/usePageTitle';
import { formatDate } from '../../format';
import { type KnowledgeItem, knowledgeApi } from './knowledge-api';
import { LinkPlanForm } from './LinkPlanForm';
import { axesLabel } from './labels';

/** /kennis/{id}: one item in full, its source, its place in the instrumentenwaaier, and the plans it was used in. */
export function KnowledgeItemPage() {
  const { id = '' } = useParams();
  const item = useQuery({ queryKey: ['knowledge', id], queryFn: () => knowledgeApi.get(id) });
  usePageTitle(item.data?.title ?? 'Kennis');
  if (item.isPending) return <Loading label="Kennisitem laden…" />;
  if (item.isError) return <QueryError error={item.error} />;
  return <ItemView item={item.data} />;
}

function ItemView({ item }: { item: KnowledgeItem }) {
  const axes = axesLabel(item);
  return (
    <article className="wr-knowledge-item">
      <p className="wr-breadcrumb">
        <Link to="/kennis">Kennis</Link>
      </p>
      <p className="wr-knowledge-kind">{item.kindLabel}</p>
      <h1 className="utrecht-heading-1">{item.title}</h1>
      <p className="wr-lead">{item.summary}</p>
      {item.body.split(/\n{2,}/).map((paragraph) => (
        <p key={paragraph.slice(0, 40)} className="utrecht-paragraph wr-knowledge-body">
          {paragraph}
        </p>
      ))}
      <dl className="wr-knowledge-facts">
        {axes && (
          <>
            <dt>Instrumentenwaaier</dt>
            <dd>{axes}</dd>
          </>
        )}
        {item.goals.length > 0 && (
          <>
            <dt>Doelen (RIGO-instrumentenkoffer)</dt>
            <dd>
              <ul className="utrecht-unordered-list">
                {item.goals.map((goal) => (
                  <li key={goal}>{TOOLBOX_GOAL_LABELS[goal]}</li>
                ))}
              </ul>
            </dd>
          </>
        )}
        <dt>Bron</dt>
        <dd>
          {item.source}
          {item.sourceUrl && (
            <>
              {' — '}
              <a className="utrecht-link" href={item.sourceUrl} rel="noopener noreferrer" target="_blank">
                {item.kind === 'publication' ? 'Naar de publicatie' : 'Meer informatie'}
                <span className="wr-visually-hidden"> (opent in een nieuw venster)</span>
              </a>
            </>
          )}
        </dd>
        <dt>Laatst gewijzigd</dt>
        <dd>{formatDate(item.updatedAt)}</dd>
      </dl>
      <section aria-labelledby="kennis-plannen">
        <h2 id="kennis-plannen" className="utrecht-heading-2">
          Gebruikt in plannen
        </h2>
        {item.plans.length === 0 ? (
          <p className="wr-empty">Nog niet gekoppeld aan een plan dat je mag zien.</p>
        ) : (
          <ul className="wr-knowledge-plans">
            {item.plans.map((plan) => (
              <li key={plan.id}>
                <Link to={`/plannen/${plan.id}`}>{plan.name}</Link>
                {plan.municipalityName && (
                  <span className="wr-knowledge-meta">
                    {' '}
                    · {plan.municipalityName.replace(/^Gemeente /, '')}
                  </span>
                )}
                {plan.note && <p className="wr-knowledge-note">{plan.note}</p>}
                {item.canEdit && <UnlinkButton itemId={item.id} planId={plan.id} planName={plan.name} />}
              </li>
            ))}
          </ul>
        )}
        {item.canEdit && <LinkPlanForm itemId={item.id} linked={item.plans.map((p) => p.id)} />}
      </section>
      {item.canEdit && <EditActions item={item} />}
    </article>
  );
}

function UnlinkButton({ itemId, planId, planName }: { itemId: string; planId: string; planName: string }) {
  const client = useQueryClient();
  const unlink = useMutation({
    mutationFn: () => knowledgeApi.unlinkPlan(itemId, planId),
    onSuccess: (next) => client.setQueryData(['knowledge', itemId], next),
  });
  return (
    <button
      type="button"
      className="utrecht-button utrecht-button--subtle wr-knowledge-unlink"
      onClick={() => unlink.mutate()}
    >
      Ontkoppelen<span className="wr-visually-hidden"> van {planName}</span>
    </button>
  );
}

/** Edit, and delete after a confirmation that names the item (a stale version is refused with a 409). */
function EditActions({ item }: { item: KnowledgeItem }) {
  const navigate = useNavigate();
  const client = useQueryClient();
  const [confirming, setConfirming] = useState(false);
  const yes = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (confirming) yes.current?.focus();
  }, [confirming]);
  const remove = useMutation({
    mutationFn: () => knowledgeApi.remove(item.id, item.version),
    onSuccess: async () => {
      await client.invalidateQueries({ queryKey: ['knowledge'] });
      navigate('/kennis');
    },
  });
  return (
    <div className="wr-actions wr-knowledge-actions">
      <Link
        className="utrecht-button-link utrecht-button-link--secondary-action"
        to={`/kennis/${item.id}/bewerken`}
      >
        Bewerken
      </Link>
      {confirming ? (
        <div className="wr-confirm">
          <span>
            <strong>{item.title}</strong> verwijderen? Ook de koppelingen met plannen verdwijnen. Dit kan niet
            ongedaan worden gemaakt.
          </span>
          <button
            ref={yes}
            type="button"
            className="utrecht-button utrecht-button--secondary-action"
            disabled={remove.isPending}
            onClick={() => remove.mutate()}
          >
            {remove.isPending ? 'Verwijderen…' : 'Ja, verwijderen'}
          </button>
          <button
            type="button"
            className="utrecht-button utrecht-button--subtle"
            onClick={() => setConfirming(false)}
          >
            Annuleren
          </button>
        </div>
      ) : (
        <button
          type="button"
          className="utrecht-button utrecht-button--subtle"
          onClick={() => setConfirming(true)}
        >
          Verwijderen
        </button>
      )}
      {remove.isError && <QueryError error={remove.error} />}
    </div>
  );
}
