import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useNavigate, useSearchParams } from 'react-router';
import { fromAmsterdam, toAmsterdam } from '../../../core/meetings/time';
import { api, fieldErrors } from '../../api';
import { Field, SelectField, TextField } from '../../components/Field';
import { usePageTitle } from '../../components/usePageTitle';
import { Breadcrumb, FormMessage } from './common';
import { type Meeting, type MeetingInput, meetingsApi } from './meetings-api';

interface Draft {
  title: string;
  date: string;
  start: string;
  end: string;
  location: string;
  description: string;
}

/** Turns the Amsterdam wall-clock fields into the API's instants; empty or invalid stays empty for the server to refuse. */
function toInput(
  draft: Draft,
): Pick<MeetingInput, 'title' | 'startsAt' | 'endsAt' | 'location' | 'description'> {
  const at = (time: string) => {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(draft.date) || !/^\d{2}:\d{2}$/.test(time)) return '';
    return fromAmsterdam(draft.date, time).toISOString();
  };
  return {
    title: draft.title,
    startsAt: at(draft.start),
    endsAt: at(draft.end),
    location: draft.location,
    description: draft.description,
  };
}

function DraftFields({
  draft,
  set,
  errors,
}: {
  draft: Draft;
  set: (patch: Partial<Draft>) => void;
  errors: Record<string, string>;
}) {
  return (
    <>
      <TextField
        id="vergadering-titel"
        label="Titel"
        value={draft.title}
        onChange={(title) => set({ title })}
        error={errors.title}
      />
      <TextField
        id="vergadering-datum"
        type="date"
        label="Datum"
        value={draft.date}
        onChange={(date) => set({ date })}
        error={errors.startsAt}
      />
      <div className="wr-meetings-times">
        <Field id="vergadering-begin" label="Begintijd">
          {(props) => (
            <input
              {...props}
              type="time"
              className="utrecht-textbox utrecht-textbox--html-input"
              value={draft.start}
              onChange={(event) => set({ start: event.target.value })}
            />
          )}
        </Field>
        <Field id="vergadering-eind" label="Eindtijd" error={errors.endsAt}>
          {(props) => (
            <input
              {...props}
              type="time"
              className="utrecht-textbox utrecht-textbox--html-input"
              value={draft.end}
              onChange={(event) => set({ end: event.target.value })}
            />
          )}
        </Field>
      </div>
      <TextField
        id="vergadering-plaats"
        label="Plaats"
        help="Een adres, een zaal of Online."
        value={draft.location}
        onChange={(location) => set({ location })}
        error={errors.location}
      />
      <Field id="vergadering-toelichting" label="Toelichting (niet verplicht)" error={errors.description}>
        {(props) => (
          <textarea
            {...props}
            className="utrecht-textarea utrecht-textarea--html-textarea"
            rows={3}
            value={draft.description}
            onChange={(event) => set({ description: event.target.value })}
          />
        )}
      </Field>
    </>
  );
}

/** /overleg/vergaderingen/nieuw[?tafel=…|?soort=bijeenkomst]: plan a meeting of a table, or an event. */
export function MeetingFormPage() {
  const [params] = useSearchParams();
  const isEvent = params.get('soort') === 'bijeenkomst';
  usePageTitle(isEvent ? 'Bijeenkomst plannen' : 'Vergadering plannen');
  const navigate = useNavigate();
  const client = useQueryClient();
  const tables = useQuery({ queryKey: ['meetings', 'tables'], queryFn: meetingsApi.tables });
  const orgs = useQuery({ queryKey: ['organisations'], queryFn: api.organisations, enabled: isEvent });
  const [tableId, setTableId] = useState(params.get('tafel') ?? '');
  const [invitees, setInvitees] = useState<string[]>([]);
  const [draft, setDraft] = useState<Draft>({
    title: '',
    date: '',
    start: '14:00',
    end: '16:00',
    location: '',
    description: '',
  });
  const set = (patch: Partial<Draft>) => setDraft((d) => ({ ...d, ...patch }));
  const tableName = tables.data?.items.find((t) => t.id === tableId)?.name ?? '';
  const create = useMutation({
    mutationFn: () =>
      meetingsApi.createMeeting({
        ...toInput({ ...draft, title: draft.title || tableName }),
        kind: isEvent ? 'event' : 'meeting',
        tableId: isEvent ? null : tableId || null,
        invitees,
      }),
    onSuccess: async (created) => {
      await client.invalidateQueries({ queryKey: ['meetings'] });
      navigate(`/overleg/vergaderingen/${created.id}`);
    },
  });
  const errors = fieldErrors(create.error);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    create.mutate();
  };
  return (
    <>
      <Breadcrumb />
      <h1 className="utrecht-heading-1">{isEvent ? 'Bijeenkomst plannen' : 'Vergadering plannen'}</h1>
      <form className="wr-meetings-form" onSubmit={submit} noValidate>
        {!isEvent && (
          <SelectField
            id="vergadering-tafel"
            label="Overlegtafel"
            value={tableId}
            onChange={setTableId}
            placeholder="Kies een overlegtafel"
            options={(tables.data?.items ?? []).map((t) => [t.id, t.name] as const)}
            error={errors.tableId}
          />
        )}
        <DraftFields
          draft={{ ...draft, title: draft.title || (isEvent ? '' : tableName) }}
          set={set}
          errors={errors}
        />
        {isEvent && (
          <fieldset className="utrecht-form-fieldset wr-meetings-invite">
            <legend className="utrecht-form-fieldset__legend">Wie nodig je uit?</legend>
            {(orgs.data?.items ?? []).map((o) => (
              <label key={o.id} className="wr-meetings-check">
                <input
                  type="checkbox"
                  checked={invitees.includes(o.id)}
                  onChange={(event) =>
                    setInvitees((list) =>
                      event.target.checked ? [...list, o.id] : list.filter((x) => x !== o.id),
                    )
                  }
                />{' '}
                {o.name}
              </label>
            ))}
          </fieldset>
        )}
        <div className="wr-actions">
          <button
            type="submit"
            className="utrecht-button utrecht-button--primary-action"
            disabled={create.isPending}
          >
            {isEvent ? 'Bijeenkomst plannen' : 'Vergadering plannen'}
          </button>
        </div>
        <FormMessage error={create.error} />
      </form>
    </>
  );
}

/** Date, times, place, title and description of an existing meeting (409 when someone changed it meanwhile). */
export function MeetingDetailsForm({ meeting, onDone }: { meeting: Meeting; onDone: () => void }) {
  const client = useQueryClient();
  const start = toAmsterdam(new Date(meeting.startsAt));
  const [draft, setDraft] = useState<Draft>({
    title: meeting.title,
    date: start.date,
    start: start.time,
    end: toAmsterdam(new Date(meeting.endsAt)).time,
    location: meeting.location,
    description: meeting.description,
  });
  const save = useMutation({
    mutationFn: () =>
      meetingsApi.updateMeeting(meeting.id, {
        ...toInput(draft),
        minutes: meeting.minutes,
        version: meeting.version,
      }),
    onSuccess: async () => {
      await client.invalidateQueries({ queryKey: ['meetings'] });
      onDone();
    },
  });
  const errors = fieldErrors(save.error);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    save.mutate();
  };
  return (
    <form className="wr-meetings-form" onSubmit={submit} noValidate>
      <DraftFields draft={draft} set={(patch) => setDraft((d) => ({ ...d, ...patch }))} errors={errors} />
      <div className="wr-actions">
        <button
          type="submit"
          className="utrecht-button utrecht-button--primary-action"
          disabled={save.isPending}
        >
          Opslaan
        </button>
        <button type="button" className="utrecht-button utrecht-button--subtle" onClick={onDone}>
          Annuleren
        </button>
      </div>
      <FormMessage error={save.error} />
    </form>
  );
}
