import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { Link, useParams } from 'react-router';
import { api, fieldErrors } from '../../api';
import { SelectField, TextField } from '../../components/Field';
import { Loading, QueryError } from '../../components/Status';
import { usePageTitle } from '../../components/usePageTitle';
import { Breadcrumb, ConfirmButton, FormMessage } from './common';
import { type MeetingSummary, meetingsApi } from './meetings-api';
import { formatMeetingTime } from './meetings-format';

/** /overleg/tafels/{id}: a table's members (organisations in a role), its meetings and its calendar feed. */
export function TablePage() {
  const { id = '' } = useParams();
  const table = useQuery({ queryKey: ['meetings', 'table', id], queryFn: () => meetingsApi.table(id) });
  usePageTitle(table.data?.name ?? 'Overlegtafel');
  if (table.isPending) return <Loading label="Overlegtafel laden…" />;
  if (table.isError) return <QueryError error={table.error} />;
  const t = table.data;
  const now = Date.now();
  const upcoming = t.meetings.filter((m) => Date.parse(m.endsAt) >= now);
  const past = t.meetings.filter((m) => Date.parse(m.endsAt) < now).reverse();
  return (
    <>
      <Breadcrumb />
      <h1 className="utrecht-heading-1">{t.name}</h1>
      <p className="wr-lead">{t.description}</p>
      {t.source && (
        <p className="wr-small wr-muted">
          Bron: {t.source}
          {t.demo && <span className="wr-badge wr-badge--internal wr-badge--small">demo</span>}
        </p>
      )}
      <p className="wr-meetings-links">
        <a className="utrecht-link" href={`/api/v1/tables/${t.id}/calendar.ics`} download>
          Agenda-bestand van alle vergaderingen (.ics)
        </a>
        {t.permissions.canEdit && (
          <Link
            className="utrecht-button-link utrecht-button-link--primary-action"
            to={`/overleg/vergaderingen/nieuw?tafel=${t.id}`}
          >
            Vergadering plannen
          </Link>
        )}
      </p>

      <div className="wr-columns">
        <section aria-labelledby="leden-kop">
          <h2 className="utrecht-heading-2" id="leden-kop">
            Aan tafel
          </h2>
          {t.members.length === 0 ? (
            <p className="wr-empty">Er zitten nog geen organisaties aan deze tafel.</p>
          ) : (
            <ul className="wr-meetings-members">
              {t.members.map((m) => (
                <li key={m.id}>
                  <span>
                    <strong>{m.organisation.name}</strong>, {m.roleLabel}
                  </span>
                  {t.permissions.canEdit && (
                    <RemoveMember tableId={t.id} memberId={m.id} name={m.organisation.name} />
                  )}
                </li>
              ))}
            </ul>
          )}
          {t.permissions.canEdit && <AddMember tableId={t.id} />}
        </section>
        <section aria-labelledby="vergaderingen-kop">
          <h2 className="utrecht-heading-2" id="vergaderingen-kop">
            Vergaderingen
          </h2>
          <MeetingList meetings={upcoming} empty="Er is nog geen vergadering gepland." />
          {past.length > 0 && (
            <details className="wr-meetings-past">
              <summary>Eerdere vergaderingen ({past.length})</summary>
              <MeetingList meetings={past} empty="" />
            </details>
          )}
        </section>
      </div>
    </>
  );
}

function MeetingList({ meetings, empty }: { meetings: MeetingSummary[]; empty: string }) {
  if (meetings.length === 0) return <p className="wr-empty">{empty}</p>;
  return (
    <ul className="wr-meetings-list">
      {meetings.map((m) => (
        <li key={m.id}>
          <Link to={`/overleg/vergaderingen/${m.id}`}>{formatMeetingTime(m.startsAt, m.endsAt)}</Link>
          <span className="wr-small wr-muted">
            {' '}
            · {m.location || 'plaats volgt'} · {m.agenda.length}{' '}
            {m.agenda.length === 1 ? 'agendapunt' : 'agendapunten'}
          </span>
        </li>
      ))}
    </ul>
  );
}

function RemoveMember({ tableId, memberId, name }: { tableId: string; memberId: string; name: string }) {
  const client = useQueryClient();
  const remove = useMutation({
    mutationFn: () => meetingsApi.removeMember(tableId, memberId),
    onSuccess: () => client.invalidateQueries({ queryKey: ['meetings'] }),
  });
  return (
    <ConfirmButton
      label={
        <>
          Weghalen<span className="wr-visually-hidden"> {name}</span>
        </>
      }
      question={`${name} weghalen van deze tafel?`}
      confirmLabel="Ja, weghalen"
      pending={remove.isPending}
      onConfirm={() => remove.mutate()}
    />
  );
}

function AddMember({ tableId }: { tableId: string }) {
  const client = useQueryClient();
  const orgs = useQuery({ queryKey: ['organisations'], queryFn: api.organisations });
  const [organisationId, setOrganisationId] = useState('');
  const [roleLabel, setRoleLabel] = useState('');
  const add = useMutation({
    mutationFn: () => meetingsApi.addMember(tableId, { organisationId, roleLabel }),
    onSuccess: async () => {
      setOrganisationId('');
      setRoleLabel('');
      await client.invalidateQueries({ queryKey: ['meetings'] });
    },
  });
  const errors = fieldErrors(add.error);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    add.mutate();
  };
  return (
    <form className="wr-meetings-form" onSubmit={submit} noValidate>
      <h3 className="utrecht-heading-3">Organisatie toevoegen</h3>
      <SelectField
        id="lid-organisatie"
        label="Organisatie"
        value={organisationId}
        onChange={setOrganisationId}
        placeholder="Kies een organisatie"
        options={(orgs.data?.items ?? []).map((o) => [o.id, o.name] as const)}
        error={errors.organisationId}
      />
      <TextField
        id="lid-rol"
        label="Rol aan tafel"
        help="Een functie, geen naam: bijvoorbeeld wethouder Wonen of directeur Fysiek Domein."
        value={roleLabel}
        onChange={setRoleLabel}
        error={errors.roleLabel}
      />
      <div className="wr-actions">
        <button
          type="submit"
          className="utrecht-button utrecht-button--primary-action"
          disabled={add.isPending}
        >
          Toevoegen
        </button>
      </div>
      <FormMessage error={add.error} />
    </form>
  );
}
