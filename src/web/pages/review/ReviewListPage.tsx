import './review.css';
import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { Loading, QueryError } from '../../components/Status';
import { usePageTitle } from '../../components/usePageTitle';
import { formatNumber } from '../../format';
import { reviewApi } from './review-api';

/** /toetsing: the plans of 50 homes or more that the region reviews, with where each review stands. */
export function ReviewListPage() {
  usePageTitle('Regionale toets');
  const list = useQuery({ queryKey: ['reviews'], queryFn: reviewApi.list });
  return (
    <>
      <p className="wr-breadcrumb">
        <Link to="/instrumenten">Instrumenten</Link>
      </p>
      <h1 className="utrecht-heading-1">Regionale toets</h1>
      <p className="wr-lead">
        Elk plan van 50 woningen of meer krijgt vanzelf een regionale toets zodra het die grootte bereikt. De
        regio scoort het op het <Link to="/toetsing/kader">toetsingskader</Link> en geeft een advies.
      </p>
      {list.isPending && <Loading label="Toetsen laden…" />}
      {list.isError && <QueryError error={list.error} />}
      {list.data &&
        (list.data.items.length === 0 ? (
          <p className="wr-empty">Er zijn geen plannen van 50 woningen of meer die je mag zien.</p>
        ) : (
          <div className="wr-table-scroll">
            <table className="utrecht-table wr-table">
              <caption className="utrecht-table__caption wr-visually-hidden">
                Plannen in de regionale toets
              </caption>
              <thead className="utrecht-table__header">
                <tr className="utrecht-table__row">
                  <th className="utrecht-table__header-cell" scope="col">
                    Plan
                  </th>
                  <th className="utrecht-table__header-cell wr-num" scope="col">
                    Woningen
                  </th>
                  <th className="utrecht-table__header-cell" scope="col">
                    Stand
                  </th>
                  <th className="utrecht-table__header-cell" scope="col">
                    Advies
                  </th>
                </tr>
              </thead>
              <tbody className="utrecht-table__body">
                {list.data.items.map((item) => (
                  <tr className="utrecht-table__row" key={item.planId}>
                    <th className="utrecht-table__header-cell" scope="row">
                      <Link to={`/plannen/${item.planId}/toetsing`}>{item.planName}</Link>
                    </th>
                    <td className="utrecht-table__cell wr-num">{formatNumber(item.totalHomes)}</td>
                    <td className="utrecht-table__cell">{item.statusLabel}</td>
                    <td className="utrecht-table__cell">{item.adviceLabel ?? '–'}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        ))}
    </>
  );
}
