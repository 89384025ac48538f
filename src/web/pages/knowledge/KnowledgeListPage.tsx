import './knowledge.css';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import {
  KNOWLEDGE_KINDS,
  STEERING_DISTANCES,
  STEERING_HARDNESSES,
  TOOLBOX_GOALS,
} from '../../../core/knowledge';
import { Loading, QueryError } from '../../components/Status';
import { usePageTitle } from '../../components/usePageTitle';
import { Facets } from './Facets';
import { type KnowledgeFilters, knowledgeApi } from './knowledge-api';
import { axesLabel } from './labels';

const pick = <T extends string>(values: readonly T[], value: string | null): T | undefined =>
  values.includes(value as T) ? (value as T) : undefined;

/** The filters live in the URL, so a filtered list can be shared and the back button works. */
function readFilters(params: URLSearchParams): KnowledgeFilters {
  return {
    kind: pick(KNOWLEDGE_KINDS, params.get('kind')),
    steeringDistance: pick(STEERING_DISTANCES, params.get('steeringDistance')),
    steeringHardness: pick(STEERING_HARDNESSES, params.get('steeringHardness')),
    goal: pick(TOOLBOX_GOALS, params.get('goal')),
    q: params.get('q') || undefined,
  };
}

/** /kennis: instruments, practice examples, lessons and publications, with facets and a Dutch text search. */
export function KnowledgeListPage() {
  usePageTitle('Kennis');
  const [params, setParams] = useSearchParams();
  const filters = readFilters(params);
  const [text, setText] = useState(filters.q ?? '');
  const list = useQuery({ queryKey: ['knowledge', filters], queryFn: () => knowledgeApi.list(filters) });
  // flushSync: the facet radios read the URL, so it must change at the click, not after a transition.
  const apply = (next: KnowledgeFilters) =>
    setParams(Object.fromEntries(Object.entries(next).filter(([, v]) => v)) as Record<string, string>, {
      flushSync: true,
    });

  return (
    <>
      <div className="wr-page-head">
        <h1 className="utrecht-heading-1">Kennis</h1>
        {list.data?.canEdit && (
          <Link className="utrecht-button-link utrecht-button-link--primary-action" to="/kennis/nieuw">
            Kennisitem toevoegen
          </Link>
        )}
      </div>
      <p className="wr-lead">
        Werkwijzen, instrumenten, praktijkvoorbeelden en lessen uit de regio en daarbuiten, met hun bron en de
        plannen waarin ze zijn gebruikt.
      </p>
      <search className="wr-knowledge-search">
        <form
          onSubmit={(event) => {
            event.preventDefault();
            apply({ ...filters, q: text.trim() || undefined });
          }}
        >
          <label className="utrecht-form-label" htmlFor="kennis-zoeken">
            Zoeken in kennis
          </label>
          <div className="wr-inline">
            <input
              id="kennis-zoeken"
              type="search"
              className="utrecht-textbox utrecht-textbox--html-input"
              value={text}
              placeholder="bijvoorbeeld vereveningsfondsen of participatie"
              onChange={(event) => setText(event.target.value)}
            />
            <button type="submit" className="utrecht-button utrecht-button--secondary-action">
              Zoeken
            </button>
          </div>
        </form>
      </search>
      <div className="wr-knowledge-layout">
        <aside aria-label="Filters">
          <Facets filters={filters} onChange={apply} />
        </aside>
        <section aria-labelledby="kennis-resultaten">
          <h2 id="kennis-resultaten" className="utrecht-heading-2 wr-knowledge-count" aria-live="polite">
            {list.data
              ? `${list.data.total} ${list.data.total === 1 ? 'kennisitem' : 'kennisitems'}`
              : 'Kennisitems'}
            {filters.q ? ` voor “${filters.q}”` : ''}
          </h2>
          {list.isPending && <Loading label="Kennis laden…" />}
          {list.isError && <QueryError error={list.error} />}
          {list.data && list.data.items.length === 0 && (
            <p className="wr-empty">
              Niets gevonden. Zet een filter op “Alle”, zoek met een ander woord, of zoek in heel Woonregie
              via het zoekveld bovenaan.
            </p>
          )}
          <ul className="wr-knowledge-list">
            {list.data?.items.map((item) => (
              <li key={item.id} className="wr-knowledge-card">
                <p className="wr-knowledge-kind">{item.kindLabel}</p>
                <h3 className="utrecht-heading-3">
                  <Link to={`/kennis/${item.id}`}>{item.title}</Link>
                </h3>
                <p className="utrecht-paragraph">{item.summary}</p>
                <p className="wr-knowledge-meta">
                  {[
                    axesLabel(item),
                    item.planCount
                      ? `Gebruikt in ${item.planCount} ${item.planCount === 1 ? 'plan' : 'plannen'}`
                      : '',
                  ]
                    .filter(Boolean)
                    .join(' · ')}
                </p>
              </li>
            ))}
          </ul>
        </section>
      </div>
    </>
  );
}
