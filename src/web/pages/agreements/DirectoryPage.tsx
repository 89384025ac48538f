import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Link } from 'react-router';
import { api } from '../../api';
import { Loading, QueryError } from '../../components/Status';
import { usePageTitle } from '../../components/usePageTitle';
import { agreementsApi, type Directory } from './agreements-api';

/**
 * /adresboek, "Bel elkaar vaker" (seed 003, recommendation 5): the region's organisations with their role accounts
 * and the tables they sit at, and per plan who to call for what.
 */
export function DirectoryPage() {
  usePageTitle('Adresboek');
  const [municipality, setMunicipality] = useState('');
  const directory = useQuery({
    queryKey: ['directory', municipality],
    queryFn: () => agreementsApi.directory(municipality || undefined),
  });
  const municipalities = useQuery({ queryKey: ['municipalities'], queryFn: api.municipalities });
  return (
    <>
      <h1 className="utrecht-heading-1">Adresboek</h1>
      <p className="wr-lead">
        Bel elkaar vaker. Hier vind je wie er in de regio werkt aan wonen, aan welke tafel ze zitten en wie je
        per plan belt voor de vergunning, de grond of de planning. Het zijn rollen en functiepostbussen, geen
        namen van personen.
      </p>
      {directory.isPending && <Loading label="Adresboek laden…" />}
      {directory.isError && <QueryError error={directory.error} />}
      {directory.data && (
        <>
          <PlanSection
            data={directory.data}
            municipality={municipality}
            setMunicipality={setMunicipality}
            options={municipalities.data?.items ?? []}
          />
          <TablesSection data={directory.data} />
          <OrganisationsSection data={directory.data} />
        </>
      )}
    </>
  );
}

function PlanSection({
  data,
  municipality,
  setMunicipality,
  options,
}: {
  data: Directory;
  municipality: string;
  setMunicipality: (code: string) => void;
  options: { code: string; name: string }[];
}) {
  return (
    <section className="wr-section" aria-labelledby="per-plan">
      <h2 className="utrecht-heading-2" id="per-plan">
        Per plan: wie bel je waarvoor?
      </h2>
      <form className="wr-filters" aria-label="Filter plannen" onSubmit={(e) => e.preventDefault()}>
        <div className="wr-filter">
          <label className="utrecht-form-label" htmlFor="filter-gemeente">
            Gemeente
          </label>
          <select
            id="filter-gemeente"
            className="utrecht-select utrecht-select--html-select"
            value={municipality}
            onChange={(e) => setMunicipality(e.target.value)}
          >
            <option value="">Alle gemeenten</option>
            {options.map((m) => (
              <option key={m.code} value={m.code}>
                {m.name}
              </option>
            ))}
          </select>
        </div>
      </form>
      {data.plans.length === 0 ? (
        <p className="wr-empty">
          Bij geen enkel plan{municipality ? ' in deze gemeente' : ''} staat nog wie je belt. Wie een plan mag
          bewerken, vult dat in op de pagina van het plan.
        </p>
      ) : (
        <div className="wr-directory-plans">
          {data.plans.map((plan) => (
            <article key={plan.id} className="wr-directory-plan" aria-labelledby={`plan-${plan.id}`}>
              <h3 className="utrecht-heading-3" id={`plan-${plan.id}`}>
                <Link to={`/plannen/${plan.id}`}>{plan.name}</Link>
              </h3>
              <ul className="wr-plain-list">
                {plan.contacts.map((c) => (
                  <li key={c.id}>
                    <strong>{c.topic}</strong>: {c.roleLabel}, {c.organisationName}
                    {c.phone && (
                      <>
                        {' · '}
                        <a className="utrecht-link" href={`tel:${c.phone.replace(/\s/g, '')}`}>
                          {c.phone}
                        </a>
                      </>
                    )}
                    {c.email && (
                      <>
                        {' · '}
                        <a className="utrecht-link" href={`mailto:${c.email}`}>
                          {c.email}
                        </a>
                      </>
                    )}
                  </li>
                ))}
              </ul>
            </article>
          ))}
        </div>
      )}
    </section>
  );
}

function TablesSection({ data }: { data: Directory }) {
  return (
    <section className="wr-section" aria-labelledby="tafels">
      <h2 className="utrecht-heading-2" id="tafels">
        Wie zit aan welke tafel?
      </h2>
      {!data.tablesAvailable || data.tables.length === 0 ? (
        <p className="wr-empty">
          De overlegtafels en hun leden staan hier zodra ze onder Overleg zijn vastgelegd.
        </p>
      ) : (
        <div className="wr-directory-plans">
          {data.tables.map((table) => (
            <article key={table.id} className="wr-directory-plan" aria-labelledby={`tafel-${table.id}`}>
              <h3 className="utrecht-heading-3" id={`tafel-${table.id}`}>
                {table.name}
              </h3>
              {table.members.length === 0 ? (
                <p className="wr-muted">Nog geen leden vastgelegd.</p>
              ) : (
                <ul className="wr-plain-list">
                  {table.members.map((m) => (
                    <li key={`${m.organisationId}-${m.roleLabel}`}>
                      {m.organisationName}
                      {m.roleLabel && <span className="wr-muted"> ({m.roleLabel})</span>}
                    </li>
                  ))}
                </ul>
              )}
            </article>
          ))}
        </div>
      )}
    </section>
  );
}

function OrganisationsSection({ data }: { data: Directory }) {
  return (
    <section className="wr-section" aria-labelledby="organisaties">
      <h2 className="utrecht-heading-2" id="organisaties">
        Organisaties en hun accounts
      </h2>
      <div className="wr-table-scroll">
        <table className="utrecht-table wr-table wr-directory-orgs" data-testid="adresboek-organisaties">
          <caption className="wr-visually-hidden">
            Organisaties van de regio met hun accounts en tafels
          </caption>
          <thead className="utrecht-table__header">
            <tr className="utrecht-table__row">
              {['Organisatie', 'Soort', 'Accounts', 'Aan tafel'].map((h) => (
                <th key={h} className="utrecht-table__header-cell" scope="col">
                  {h}
                </th>
              ))}
            </tr>
          </thead>
          <tbody className="utrecht-table__body">
            {data.organisations.map((org) => (
              <tr key={org.id} className="utrecht-table__row">
                <th className="utrecht-table__header-cell" scope="row">
                  {org.name}
                </th>
                <td className="utrecht-table__cell wr-nowrap">{org.kindLabel}</td>
                <td className="utrecht-table__cell">
                  {org.accounts.length === 0 ? (
                    <span className="wr-muted">geen account</span>
                  ) : (
                    <ul className="wr-plain-list">
                      {org.accounts.map((a) => (
                        <li key={a.id}>
                          {a.name} <span className="wr-muted">({a.roleLabel})</span>
                          <br />
                          <a className="utrecht-link wr-small" href={`mailto:${a.email}`}>
                            {a.email}
                          </a>
                        </li>
                      ))}
                    </ul>
                  )}
                </td>
                <td className="utrecht-table__cell wr-small">
                  {org.tables.length === 0
                    ? '–'
                    : org.tables.map((t) => `${t.name}${t.roleLabel ? ` (${t.roleLabel})` : ''}`).join(', ')}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
