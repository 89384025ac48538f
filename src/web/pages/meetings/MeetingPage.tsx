import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { ApiError } from '../../api';
import { Field } from '../../components/Field';
import { Loading, QueryError } from '../../components/Status';
import { usePageTitle } from '../../components/usePageTitle';
import { ActionItemsSection } from './ActionItemsSection';
import { AgendaSection } from './AgendaSection';
import { Breadcrumb, ConfirmButton, FormMessage } from './common';
import { MeetingDetailsForm } from './MeetingFormPage';
import { type Meeting, meetingsApi } from './meetings-api';
import { formatMeetingTime } from './meetings-format';

/** /overleg/vergaderingen/{id}: agenda with decisions, minutes, action items, the .ics file and a printable agenda. */
export function MeetingPage() {
  const { id = '' } = useParams();
  const meeting = useQuery({ queryKey: ['meetings', 'meeting', id], queryFn: () => meetingsApi.meeting(id) });
  usePageTitle(meeting.data ? `${meeting.data.title}` : 'Vergadering');
  if (meeting.isPending) return <Loading label="Vergadering laden…" />;
  if (meeting.isError) return <QueryError error={meeting.error} />;
  const m = meeting.data;
  return (
    <>
      <Breadcrumb>
        {' › '}
        {m.tableId ? (
          <Link to={`/overleg/tafels/${m.tableId}`}>{m.tableName}</Link>
        ) : (
          <Link to="/overleg/bijeenkomsten">Bijeenkomsten</Link>
        )}
      </Breadcrumb>
      <h1 className="utrecht-heading-1">
        {m.title}
        <span className="wr-meetings-subtitle">{formatMeetingTime(m.startsAt, m.endsAt)}</span>
      </h1>
      <p className="wr-lead">
        {m.location ? `Plaats: ${m.location}` : 'De plaats volgt.'}
        {m.demo && <span className="wr-badge wr-badge--internal wr-badge--small">demo</span>}
      </p>
      {m.description && <p className="utrecht-paragraph wr-meetings-pre">{m.description}</p>}
      <div className="wr-actions">
        <a
          className="utrecht-button-link utrecht-button-link--secondary-action"
          href={`/api/v1/meetings/${m.id}.ics`}
          download
        >
          In je agenda zetten (.ics)
        </a>
        <button
          type="button"
          className="utrecht-button utrecht-button--secondary-action"
          onClick={() => window.print()}
        >
          Agenda afdrukken
        </button>
      </div>
      {m.invitees.length > 0 && (
        <details className="wr-meetings-invitees">
          <summary>
            {m.kind === 'event' ? 'Genodigden' : 'Leden van de tafel'} ({m.invitees.length})
          </summary>
          <ul>
            {m.invitees.map((i) => (
              <li key={`${i.organisationId}-${i.roleLabel}`}>
                {i.name}
                {i.roleLabel ? `, ${i.roleLabel}` : ''}
              </li>
            ))}
          </ul>
        </details>
      )}
      <AgendaSection meeting={m} />
      <MinutesSection meeting={m} />
      <ActionItemsSection meeting={m} />
      {m.permissions.canEdit && <ManageMeeting meeting={m} />}
    </>
  );
}

function MinutesSection({ meeting }: { meeting: Meeting }) {
  const client = useQueryClient();
  const [minutes, setMinutes] = useState(meeting.minutes);
  const [baseVersion, setBaseVersion] = useState(meeting.version);
  const save = useMutation({
    mutationFn: () =>
      meetingsApi.updateMeeting(meeting.id, {
        title: meeting.title,
        startsAt: meeting.startsAt,
        endsAt: meeting.endsAt,
        location: meeting.location,
        description: meeting.description,
        minutes,
        version: baseVersion,
      }),
    onSuccess: async (saved) => {
      setBaseVersion(saved.version);
      await client.invalidateQueries({ queryKey: ['meetings'] });
    },
  });
  const conflict = save.error instanceof ApiError && save.error.status === 409;
  if (!meeting.permissions.canEdit) {
    return (
      <section className="wr-section" aria-labelledby="verslag-kop">
        <h2 className="utrecht-heading-2" id="verslag-kop">
          Verslag
        </h2>
        <p className="utrecht-paragraph wr-meetings-pre">{meeting.minutes || 'Er is nog geen verslag.'}</p>
      </section>
    );
  }
  const submit = (event: FormEvent) => {
    event.preventDefault();
    save.mutate();
  };
  return (
    <section className="wr-section" aria-labelledby="verslag-kop">
      <h2 className="utrecht-heading-2" id="verslag-kop">
        Verslag
      </h2>
      <p className="wr-print-only wr-meetings-pre">{meeting.minutes}</p>
      <form className="wr-meetings-form wr-meetings-form--wide" onSubmit={submit} noValidate>
        <Field id="verslag" label="Verslag van de vergadering" help="Besluiten leg je per agendapunt vast.">
          {(props) => (
            <textarea
              {...props}
              className="utrecht-textarea utrecht-textarea--html-textarea"
              rows={6}
              value={minutes}
              onChange={(event) => setMinutes(event.target.value)}
            />
          )}
        </Field>
        <div className="wr-actions">
          <button
            type="submit"
            className="utrecht-button utrecht-button--primary-action"
            disabled={save.isPending}
          >
            Verslag opslaan
          </button>
          {save.isSuccess && !save.isPending && <span role="status">Opgeslagen.</span>}
        </div>
        <FormMessage error={save.error} />
        {conflict && (
          <button
            type="button"
            className="utrecht-button utrecht-button--secondary-action"
            onClick={async () => {
              const latest = await meetingsApi.meeting(meeting.id);
              setBaseVersion(latest.version);
              save.reset();
            }}
          >
            Mijn tekst houden en opnieuw proberen
          </button>
        )}
      </form>
    </section>
  );
}

function ManageMeeting({ meeting }: { meeting: Meeting }) {
  const navigate = useNavigate();
  const client = useQueryClient();
  const [editing, setEditing] = useState(false);
  const remove = useMutation({
    mutationFn: () => meetingsApi.deleteMeeting(meeting.id),
    onSuccess: async () => {
      await client.invalidateQueries({ queryKey: ['meetings'] });
      navigate(meeting.tableId ? `/overleg/tafels/${meeting.tableId}` : '/overleg/bijeenkomsten');
    },
  });
  return (
    <section className="wr-section wr-screen-only" aria-labelledby="beheer-kop">
      <h2 className="utrecht-heading-2" id="beheer-kop">
        Vergadering beheren
      </h2>
      {editing ? (
        <MeetingDetailsForm meeting={meeting} onDone={() => setEditing(false)} />
      ) : (
        <div className="wr-actions">
          <button
            type="button"
            className="utrecht-button utrecht-button--secondary-action"
            onClick={() => setEditing(true)}
          >
            Datum, plaats of titel wijzigen
          </button>
          <ConfirmButton
            label="Vergadering verwijderen"
            question="Deze vergadering met haar agenda en actiepunten verwijderen?"
            confirmLabel="Ja, verwijderen"
            pending={remove.isPending}
            onConfirm={() => remove.mutate()}
          />
        </div>
      )}
      <FormMessage error={remove.error} />
    </section>
  );
}
