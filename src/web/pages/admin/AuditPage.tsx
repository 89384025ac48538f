import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Link, useSearchParams } from 'react-router';
import { api, toQuery } from '../../api';
import { Pagination } from '../../components/Pagination';
import { Loading, QueryError } from '../../components/Status';
import { useMe } from '../../components/session';
import { usePageTitle } from '../../components/usePageTitle';
import { formatDateTime } from '../../format';

const PAGE_SIZE = 50;
const ACTIONS: Record<string, string> = {
  create: 'Aangemaakt',
  update: 'Gewijzigd',
  delete: 'Verwijderd',
  login: 'Ingelogd',
  logout: 'Uitgelogd',
  import: 'Geïmporteerd',
};

/** /beheer: the audit log of everything the admin's organisation did and every change to plans they may see. */
export function AuditPage() {
  usePageTitle('Beheer');
  const me = useMe();
  const [params, setParams] = useSearchParams();
  const page = Math.max(1, Number(params.get('pagina') ?? 1) || 1);
  const query = toQuery({ limit: PAGE_SIZE, offset: (page - 1) * PAGE_SIZE });
  const log = useQuery({
    queryKey: ['audit-log', query],
    queryFn: () => api.auditLog(query),
    enabled: me.role === 'admin',
    placeholderData: keepPreviousData,
  });

  if (me.role !== 'admin') {
    return (
      <>
        <h1 className="utrecht-heading-1">Beheer</h1>
        <p className="utrecht-paragraph">
          Alleen beheerders van een organisatie kunnen het auditlog bekijken.
        </p>
      </>
    );
  }
  const pages = log.data ? Math.max(1, Math.ceil(log.data.total / PAGE_SIZE)) : 1;
  return (
    <>
      <h1 className="utrecht-heading-1">Beheer</h1>
      <ul className="wr-links">
        <li>
          <Link to="/beheer/doelen">Doelen, realisaties en monitorinstellingen</Link>
        </li>
        <li>
          <Link to="/beheer/prognose">Prognoseparameters en hun bronnen</Link>
        </li>
        <li>
          <Link to="/beheer/import">Plannen of realisaties importeren (Excel, CSV, Planmonitor Wonen)</Link>
        </li>
      </ul>
      <h2 className="utrecht-heading-2">Auditlog</h2>
      <p className="utrecht-paragraph">
        Elke wijziging met wie, wanneer, en de gegevens ervoor en erna. Je ziet wat je eigen organisatie deed
        en de wijzigingen in plannen die je mag zien.
      </p>
      {log.isPending && <Loading label="Auditlog laden…" />}
      {log.isError && <QueryError error={log.error} />}
      {log.data && (
        <>
          <div className="wr-table-scroll">
            <table className="utrecht-table utrecht-table--html-table wr-table" data-testid="audit-table">
              <thead className="utrecht-table__header">
                <tr className="utrecht-table__row">
                  <th className="utrecht-table__header-cell" scope="col">
                    Wanneer
                  </th>
                  <th className="utrecht-table__header-cell" scope="col">
                    Wie
                  </th>
                  <th className="utrecht-table__header-cell" scope="col">
                    Actie
                  </th>
                  <th className="utrecht-table__header-cell" scope="col">
                    Omschrijving
                  </th>
                </tr>
              </thead>
              <tbody className="utrecht-table__body">
                {log.data.items.map((entry) => (
                  <tr className="utrecht-table__row" key={entry.id}>
                    <td className="utrecht-table__cell wr-nowrap">{formatDateTime(entry.at)}</td>
                    <td className="utrecht-table__cell">
                      {entry.actor
                        ? `${entry.actor.name} (${entry.actor.organisationName ?? ''})`
                        : 'Systeem'}
                    </td>
                    <td className="utrecht-table__cell">{ACTIONS[entry.action] ?? entry.action}</td>
                    <td className="utrecht-table__cell">
                      {entry.summary}
                      {(entry.before != null || entry.after != null) && (
                        <details className="wr-details">
                          <summary>Voor en na</summary>
                          <div className="wr-diff">
                            <div>
                              <p className="wr-small">Voor</p>
                              <pre>{JSON.stringify(entry.before, null, 2) ?? 'leeg'}</pre>
                            </div>
                            <div>
                              <p className="wr-small">Na</p>
                              <pre>{JSON.stringify(entry.after, null, 2) ?? 'leeg'}</pre>
                            </div>
                          </div>
                        </details>
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <Pagination page={page} pages={pages} onPage={(next) => setParams({ pagina: String(next) })} />
        </>
      )}
    </>
  );
}
