import './knowledge.css';
import { useQuery } from '@tanstack/react-query';
import { Link, useSearchParams } from 'react-router';
import { SEARCH_TYPE_LABELS, SEARCH_TYPES, searchResultPath } from '../../../core/search';
import { Loading, QueryError } from '../../components/Status';
import { usePageTitle } from '../../components/usePageTitle';
import { Highlighted } from './Highlighted';
import { knowledgeApi } from './knowledge-api';

/** /zoeken?q=: search over everything the user may see (issue 6), grouped by type, matched words marked. */
export function SearchPage() {
  const [params] = useSearchParams();
  const q = (params.get('q') ?? '').trim();
  usePageTitle(q ? `Zoeken: ${q}` : 'Zoeken');
  const results = useQuery({
    queryKey: ['search', q],
    queryFn: () => knowledgeApi.search(q),
    enabled: q !== '',
  });
  const hits = results.data?.items ?? [];
  return (
    <>
      <h1 className="utrecht-heading-1">Zoeken</h1>
      {q === '' ? (
        <p className="wr-empty">
          Typ een zoekterm in het zoekveld bovenaan, bijvoorbeeld “vereveningsfonds”.
        </p>
      ) : (
        <p className="wr-lead" aria-live="polite">
          {results.data
            ? `${hits.length === 0 ? 'Geen' : hits.length} ${hits.length === 1 ? 'resultaat' : 'resultaten'} voor “${q}” in plannen die je mag zien, kennis, voorstellen en besluiten.`
            : `Zoeken naar “${q}”…`}
        </p>
      )}
      {results.isLoading && <Loading label="Zoeken…" />}
      {results.isError && <QueryError error={results.error} />}
      {results.data && hits.length === 0 && (
        <p className="wr-empty">
          Niets gevonden. Probeer een ander of korter woord; Nederlandse vormen (woning, woningen) vinden
          elkaar. Of blader door de <Link to="/kennis">kennis</Link> en de <Link to="/plannen">plannen</Link>.
        </p>
      )}
      {SEARCH_TYPES.map((type) => {
        const group = hits.filter((hit) => hit.type === type);
        if (group.length === 0) return null;
        return (
          <section key={type} aria-labelledby={`zoeken-${type}`} className="wr-search-group">
            <h2 id={`zoeken-${type}`} className="utrecht-heading-2">
              {SEARCH_TYPE_LABELS[type]} <span className="wr-search-count">({group.length})</span>
            </h2>
            <ul className="wr-search-results">
              {group.map((hit) => (
                <li key={hit.id}>
                  <Link className="wr-search-title" to={searchResultPath(hit)}>
                    {hit.title}
                  </Link>
                  {hit.snippet && (
                    <p className="wr-search-snippet">
                      <Highlighted snippet={hit.snippet} highlights={hit.highlights} />
                    </p>
                  )}
                </li>
              ))}
            </ul>
          </section>
        );
      })}
    </>
  );
}
