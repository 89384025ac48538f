import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Link } from 'react-router';
import { Loading, QueryError } from '../../components/Status';
import { usePageTitle } from '../../components/usePageTitle';
import { formatDate } from '../../format';
import { whereIsProposal } from './common';
import { type ActionItem, meetingsApi } from './meetings-api';
import { formatMeetingDay } from './meetings-format';

/** /overleg: the next meeting of every table, the open action items, and where each proposal is on its route. */
export function OverviewPage() {
  usePageTitle('Overleg');
  const tables = useQuery({ queryKey: ['meetings', 'tables'], queryFn: meetingsApi.tables });
  const actions = useQuery({
    queryKey: ['meetings', 'actions', 'open'],
    queryFn: () => meetingsApi.actionItems('open'),
  });
  const proposals = useQuery({ queryKey: ['meetings', 'proposals'], queryFn: meetingsApi.proposals });
  const canEdit = tables.data?.permissions.canEdit ?? false;
  return (
    <>
      <h1 className="utrecht-heading-1">Overleg</h1>
      <p className="wr-lead">
        De overlegtafels van de regio, hun vergaderingen en agenda's, de voorstellen op weg naar een besluit
        en de actiepunten die nog openstaan. Wie zit waar aan tafel? Kijk in het{' '}
        <Link to="/adresboek">adresboek</Link>.
      </p>
      <p className="wr-meetings-links">
        <Link to="/overleg/bijeenkomsten">Bijeenkomsten en de regiobijeenkomst</Link>
        {canEdit && (
          <>
            <Link
              className="utrecht-button-link utrecht-button-link--primary-action"
              to="/overleg/vergaderingen/nieuw"
            >
              Vergadering plannen
            </Link>
            <Link
              className="utrecht-button-link utrecht-button-link--secondary-action"
              to="/overleg/voorstellen/nieuw"
            >
              Nieuw voorstel
            </Link>
          </>
        )}
      </p>

      <section className="wr-section" aria-labelledby="tafels-kop">
        <h2 className="utrecht-heading-2" id="tafels-kop">
          Volgende vergaderingen
        </h2>
        {tables.isPending && <Loading label="Overlegtafels laden…" />}
        {tables.isError && <QueryError error={tables.error} />}
        {tables.data && (
          <ul className="wr-cards wr-meetings-cards">
            {tables.data.items.map((table) => (
              <li key={table.id} className="wr-card">
                <Link className="wr-card__title" to={`/overleg/tafels/${table.id}`}>
                  {table.name}
                </Link>
                {table.nextMeeting ? (
                  <Link to={`/overleg/vergaderingen/${table.nextMeeting.id}`}>
                    {formatMeetingDay(table.nextMeeting.startsAt)}
                  </Link>
                ) : (
                  <span className="wr-card__note">Nog geen vergadering gepland</span>
                )}
                <span className="wr-card__note">{table.members.length} leden</span>
              </li>
            ))}
          </ul>
        )}
      </section>

      <section className="wr-section" aria-labelledby="acties-kop">
        <h2 className="utrecht-heading-2" id="acties-kop">
          Open actiepunten
        </h2>
        {actions.isPending && <Loading label="Actiepunten laden…" />}
        {actions.isError && <QueryError error={actions.error} />}
        {actions.data &&
          (actions.data.items.length === 0 ? (
            <p className="wr-empty">
              Er staan geen actiepunten open. Actiepunten maak je bij een vergadering.
            </p>
          ) : (
            <ActionTable items={actions.data.items} canEdit={canEdit} />
          ))}
      </section>

      <section className="wr-section" aria-labelledby="voorstellen-kop">
        <h2 className="utrecht-heading-2" id="voorstellen-kop">
          Voorstellen
        </h2>
        {proposals.isPending && <Loading label="Voorstellen laden…" />}
        {proposals.isError && <QueryError error={proposals.error} />}
        {proposals.data &&
          (proposals.data.items.length === 0 ? (
            <p className="wr-empty">Er zijn nog geen voorstellen.</p>
          ) : (
            <div className="wr-table-scroll">
              <table className="utrecht-table wr-table">
                <caption className="wr-visually-hidden">Voorstellen en waar ze op hun route zijn</caption>
                <thead className="utrecht-table__header">
                  <tr className="utrecht-table__row">
                    <th className="utrecht-table__header-cell" scope="col">
                      Onderwerp
                    </th>
                    <th className="utrecht-table__header-cell" scope="col">
                      Kenmerk
                    </th>
                    <th className="utrecht-table__header-cell" scope="col">
                      Datum
                    </th>
                    <th className="utrecht-table__header-cell" scope="col">
                      Waar is het nu?
                    </th>
                  </tr>
                </thead>
                <tbody className="utrecht-table__body">
                  {proposals.data.items.map((p) => (
                    <tr key={p.id} className="utrecht-table__row">
                      <th className="utrecht-table__header-cell" scope="row">
                        <Link to={`/overleg/voorstellen/${p.id}`}>{p.title}</Link>
                      </th>
                      <td className="utrecht-table__cell">{p.reference}</td>
                      <td className="utrecht-table__cell">{formatDate(p.date)}</td>
                      <td className="utrecht-table__cell" data-testid="proposal-where">
                        {p.currentStepIndex === null ? (
                          <span className="wr-badge wr-badge--ok">{p.statusLabel}</span>
                        ) : (
                          <>
                            Stap {p.currentStepIndex + 1} van {p.routeSteps.length}: {whereIsProposal(p)}
                          </>
                        )}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          ))}
      </section>
    </>
  );
}

/** Action items with their owner, due date and meeting; an admin marks one done. */
export function ActionTable({ items, canEdit }: { items: ActionItem[]; canEdit: boolean }) {
  const client = useQueryClient();
  const toggle = useMutation({
    mutationFn: (item: ActionItem) =>
      meetingsApi.updateActionItem(item.id, {
        version: item.version,
        status: item.status === 'open' ? 'done' : 'open',
      }),
    onSuccess: () => client.invalidateQueries({ queryKey: ['meetings'] }),
  });
  return (
    <div className="wr-table-scroll">
      <table className="utrecht-table wr-table">
        <caption className="wr-visually-hidden">Actiepunten</caption>
        <thead className="utrecht-table__header">
          <tr className="utrecht-table__row">
            <th className="utrecht-table__header-cell" scope="col">
              Actiepunt
            </th>
            <th className="utrecht-table__header-cell" scope="col">
              Wie
            </th>
            <th className="utrecht-table__header-cell" scope="col">
              Uiterlijk
            </th>
            <th className="utrecht-table__header-cell" scope="col">
              Uit
            </th>
            <th className="utrecht-table__header-cell" scope="col">
              Status
            </th>
          </tr>
        </thead>
        <tbody className="utrecht-table__body">
          {items.map((item) => (
            <tr key={item.id} className="utrecht-table__row" data-testid="action-item">
              <th className="utrecht-table__header-cell" scope="row">
                {item.description}
                {item.agendaTitle && (
                  <span className="wr-small wr-muted wr-block">Over: {item.agendaTitle}</span>
                )}
              </th>
              <td className="utrecht-table__cell">{item.owner.name}</td>
              <td className="utrecht-table__cell">{formatDate(item.dueDate)}</td>
              <td className="utrecht-table__cell">
                <Link to={`/overleg/vergaderingen/${item.meetingId}`}>
                  {item.meetingTitle}, {formatMeetingDay(item.meetingStartsAt)}
                </Link>
              </td>
              <td className="utrecht-table__cell">
                <span className={`wr-badge wr-badge--${item.status === 'done' ? 'ok' : 'risk'}`}>
                  {item.status === 'done' ? 'Afgerond' : 'Open'}
                </span>
                {canEdit && (
                  <button
                    type="button"
                    className="utrecht-button utrecht-button--subtle wr-small"
                    disabled={toggle.isPending}
                    onClick={() => toggle.mutate(item)}
                  >
                    {item.status === 'open' ? 'Afronden' : 'Heropenen'}
                    <span className="wr-visually-hidden">: {item.description}</span>
                  </button>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {toggle.isError && <QueryError error={toggle.error} />}
    </div>
  );
}
