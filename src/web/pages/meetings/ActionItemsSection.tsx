import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { api, fieldErrors } from '../../api';
import { SelectField, TextField } from '../../components/Field';
import { FormMessage } from './common';
import { type Meeting, meetingsApi } from './meetings-api';
import { ActionTable } from './OverviewPage';

/** The action items from this meeting; an admin adds one (owner organisation, due date, agenda item). */
export function ActionItemsSection({ meeting }: { meeting: Meeting }) {
  return (
    <section className="wr-section" aria-labelledby="actiepunten-kop">
      <h2 className="utrecht-heading-2" id="actiepunten-kop">
        Actiepunten
      </h2>
      {meeting.actionItems.length === 0 ? (
        <p className="wr-empty">Er zijn nog geen actiepunten uit deze vergadering.</p>
      ) : (
        <ActionTable items={meeting.actionItems} canEdit={meeting.permissions.canEdit} />
      )}
      {meeting.permissions.canEdit && <AddActionItem meeting={meeting} />}
    </section>
  );
}

function AddActionItem({ meeting }: { meeting: Meeting }) {
  const client = useQueryClient();
  const orgs = useQuery({ queryKey: ['organisations'], queryFn: api.organisations });
  const [description, setDescription] = useState('');
  const [owner, setOwner] = useState('');
  const [dueDate, setDueDate] = useState('');
  const [agendaItemId, setAgendaItemId] = useState('');
  const add = useMutation({
    mutationFn: () =>
      meetingsApi.createActionItem(meeting.id, {
        description,
        ownerOrganisationId: owner,
        dueDate: dueDate || null,
        agendaItemId: agendaItemId || null,
      }),
    onSuccess: async () => {
      setDescription('');
      setDueDate('');
      setAgendaItemId('');
      await client.invalidateQueries({ queryKey: ['meetings'] });
    },
  });
  const errors = fieldErrors(add.error);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    add.mutate();
  };
  return (
    <form className="wr-meetings-form" onSubmit={submit} noValidate aria-labelledby="actiepunt-kop">
      <h3 className="utrecht-heading-3" id="actiepunt-kop">
        Actiepunt toevoegen
      </h3>
      <TextField
        id="actie-omschrijving"
        label="Wat moet er gebeuren?"
        value={description}
        onChange={setDescription}
        error={errors.description}
      />
      <SelectField
        id="actie-eigenaar"
        label="Wie pakt het op?"
        value={owner}
        onChange={setOwner}
        placeholder="Kies een organisatie"
        options={(orgs.data?.items ?? []).map((o) => [o.id, o.name] as const)}
        error={errors.ownerOrganisationId}
      />
      <TextField
        id="actie-datum"
        type="date"
        label="Uiterlijk klaar op"
        value={dueDate}
        onChange={setDueDate}
        error={errors.dueDate}
      />
      <SelectField
        id="actie-agendapunt"
        label="Bij agendapunt (niet verplicht)"
        value={agendaItemId}
        onChange={setAgendaItemId}
        placeholder="Geen agendapunt"
        options={meeting.agenda.map((a) => [a.id, a.title] as const)}
        error={errors.agendaItemId}
      />
      <div className="wr-actions">
        <button
          type="submit"
          className="utrecht-button utrecht-button--primary-action"
          disabled={add.isPending}
        >
          Actiepunt toevoegen
        </button>
      </div>
      <FormMessage error={add.error} />
    </form>
  );
}
