import './staffing.css';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useSearchParams } from 'react-router';
import { api } from '../../api';
import { Field, SelectField } from '../../components/Field';
import { Loading, QueryError } from '../../components/Status';
import { useMe } from '../../components/session';
import { usePageTitle } from '../../components/usePageTitle';
import { CapacityForm } from './CapacityForm';
import { OverAllocations } from './OverAllocations';
import { RolePlans } from './RolePlans';
import { StaffingHeatmap } from './StaffingHeatmap';
import { StaffingTable } from './StaffingTable';
import { staffingApi } from './staffing-api';
import { currentMonth } from './staffing-format';

const WINDOWS = [12, 24, 36, 60] as const;

/** /capaciteit: the staff an organisation's plans need per role and month, against what it has (issue 4, item 6). */
export function StaffingPage() {
  usePageTitle('Capaciteit');
  const me = useMe();
  const [params, setParams] = useSearchParams();
  const isOffice = me.organisation.kind === 'region';
  const organisationId = (isOffice && params.get('organisatie')) || me.organisation.id;
  const from = /^\d{4}-\d{2}$/.test(params.get('vanaf') ?? '')
    ? (params.get('vanaf') as string)
    : currentMonth();
  const months = Number(params.get('maanden')) || 24;
  const [role, setRole] = useState<string | null>(null);
  const setParam = (key: string, value: string) => {
    const next = new URLSearchParams(params);
    next.set(key, value);
    setParams(next, { replace: true });
  };
  const organisations = useQuery({
    queryKey: ['organisations'],
    queryFn: api.organisations,
    enabled: isOffice,
  });
  const staffing = useQuery({
    queryKey: ['staffing', organisationId, from, months],
    queryFn: () => staffingApi.staffing(organisationId, from, months),
  });

  return (
    <>
      <h1 className="utrecht-heading-1">Capaciteit</h1>
      <p className="wr-lead">
        Hoeveel medewerkers per rol de planningen van de plannen vragen, per maand, tegenover wat de
        organisatie beschikbaar heeft.
      </p>
      <div className="wr-staffing-window">
        {isOffice && (
          <SelectField
            id="capaciteit-organisatie"
            label="Organisatie"
            value={organisationId}
            onChange={(value) => setParam('organisatie', value)}
            options={(organisations.data?.items ?? []).map((org) => [org.id, org.name] as const)}
          />
        )}
        <Field id="capaciteit-vanaf" label="Vanaf maand">
          {(props) => (
            <input
              {...props}
              type="month"
              className="utrecht-textbox utrecht-textbox--html-input"
              value={from}
              onChange={(event) => event.target.value && setParam('vanaf', event.target.value)}
            />
          )}
        </Field>
        <SelectField
          id="capaciteit-maanden"
          label="Periode"
          value={String(months)}
          onChange={(value) => setParam('maanden', value)}
          options={WINDOWS.map((n) => [String(n), `${n} maanden`] as const)}
        />
      </div>
      {staffing.isPending && <Loading label="Capaciteit laden…" />}
      {staffing.isError && <QueryError error={staffing.error} />}
      {staffing.isSuccess && (
        <>
          <p className="wr-small wr-muted">
            {staffing.data.organisation.name}: {staffing.data.plans.length} plannen met een planning. Uren per
            week per rol komen uit de planning, of anders uit het sjabloon van de routekaart (aannames); 1 fte
            = {staffing.data.hoursPerFte} uur per week.
            {staffing.data.skipped.length > 0 &&
              ` Niet meegeteld (planning klopt niet): ${staffing.data.skipped.map((p) => p.name).join(', ')}.`}
          </p>
          <section className="wr-section" aria-labelledby="overbezetting">
            <h2 className="utrecht-heading-2" id="overbezetting">
              Overbezetting
            </h2>
            <OverAllocations data={staffing.data} />
          </section>
          <section className="wr-section" aria-labelledby="vraag">
            <h2 className="utrecht-heading-2" id="vraag">
              Vraag per rol en maand
            </h2>
            {staffing.data.roles.length === 0 ? (
              <p className="wr-empty">
                Er is nog geen vraag: geen van de plannen heeft een planning met rollen.
              </p>
            ) : (
              <>
                <StaffingHeatmap data={staffing.data} />
                <p className="wr-small wr-muted">
                  Donkerder is meer vraag. Een vak met een zwarte rand en “!” heeft meer vraag dan
                  beschikbaar. Kies een rol in de tabel om de plannen erachter te zien.
                </p>
                <StaffingTable data={staffing.data} selected={role} onSelect={setRole} />
                {role && <RolePlans data={staffing.data} role={role} />}
              </>
            )}
          </section>
          {staffing.data.canEditCapacity && (
            <section className="wr-section">
              <CapacityForm key={staffing.data.organisation.id} data={staffing.data} />
            </section>
          )}
        </>
      )}
    </>
  );
}
