import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { ApiError, api, fieldErrors } from '../../api';
import { ErrorSummary, SelectField, TextField } from '../../components/Field';
import { Loading, QueryError } from '../../components/Status';
import {
  agreementsApi,
  type ContactBody,
  type PlanContact,
  type PlanContacts as TPlanContacts,
} from './agreements-api';
import { Confirm } from './Confirm';

/**
 * Who to call for what on a plan ("bel elkaar vaker", seed 003): role, organisation, topic and a role mailbox or
 * number. The plan's editors add, change and remove; everyone who sees the plan reads. Mounted on the plan page.
 */
export function PlanContacts({ planId, canEdit }: { planId: string; canEdit: boolean }) {
  const queryClient = useQueryClient();
  const contacts = useQuery({
    queryKey: ['plan-contacts', planId],
    queryFn: () => agreementsApi.contacts(planId),
  });
  const [editing, setEditing] = useState<string | null>(null);
  const [removing, setRemoving] = useState<string | null>(null);
  const set = (next: TPlanContacts) => {
    queryClient.setQueryData(['plan-contacts', planId], next);
    queryClient.invalidateQueries({ queryKey: ['directory'] });
  };
  const remove = useMutation({
    mutationFn: (id: string) => agreementsApi.removeContact(planId, id),
    onSuccess: (next) => {
      set(next);
      setRemoving(null);
    },
  });
  const mayEdit = canEdit && (contacts.data?.canEdit ?? false);
  return (
    <section className="wr-section" aria-labelledby="wie-bel-je">
      <h2 className="utrecht-heading-2" id="wie-bel-je">
        Wie bel je waarvoor?
      </h2>
      {contacts.isPending && <Loading label="Contacten laden…" />}
      {contacts.isError && <QueryError error={contacts.error} />}
      {contacts.data && contacts.data.items.length === 0 && (
        <p className="wr-empty">
          Nog niemand genoemd.{' '}
          {mayEdit ? 'Voeg toe wie je belt voor bijvoorbeeld de vergunning of de grond.' : ''}
        </p>
      )}
      {contacts.data && contacts.data.items.length > 0 && (
        <div className="wr-table-scroll">
          <table className="utrecht-table wr-table" data-testid="plancontacten">
            <caption className="wr-visually-hidden">Wie bel je waarvoor bij dit plan</caption>
            <thead className="utrecht-table__header">
              <tr className="utrecht-table__row">
                {['Waarvoor', 'Rol', 'Organisatie', 'Telefoon', 'E-mail', ...(mayEdit ? ['Acties'] : [])].map(
                  (h) => (
                    <th key={h} className="utrecht-table__header-cell" scope="col">
                      {h}
                    </th>
                  ),
                )}
              </tr>
            </thead>
            <tbody className="utrecht-table__body">
              {contacts.data.items.map((c) =>
                editing === c.id ? (
                  <tr key={c.id} className="utrecht-table__row">
                    <td className="utrecht-table__cell" colSpan={6}>
                      <ContactForm
                        data={contacts.data}
                        contact={c}
                        onSave={async (body) => {
                          set(await agreementsApi.updateContact(planId, c.id, body));
                          setEditing(null);
                        }}
                        onCancel={() => setEditing(null)}
                      />
                    </td>
                  </tr>
                ) : (
                  <tr key={c.id} className="utrecht-table__row">
                    <th className="utrecht-table__header-cell" scope="row">
                      {c.topic}
                    </th>
                    <td className="utrecht-table__cell">{c.roleLabel}</td>
                    <td className="utrecht-table__cell">{c.organisation.name}</td>
                    <td className="utrecht-table__cell wr-nowrap">
                      {c.phone ? (
                        <a className="utrecht-link" href={`tel:${c.phone.replace(/\s/g, '')}`}>
                          {c.phone}
                        </a>
                      ) : (
                        '–'
                      )}
                    </td>
                    <td className="utrecht-table__cell">
                      {c.email ? (
                        <a className="utrecht-link" href={`mailto:${c.email}`}>
                          {c.email}
                        </a>
                      ) : (
                        '–'
                      )}
                    </td>
                    {mayEdit && (
                      <td className="utrecht-table__cell wr-nowrap">
                        {removing === c.id ? (
                          <Confirm
                            text={`${c.roleLabel} (${c.topic}) verwijderen?`}
                            yes="Ja, verwijderen"
                            pending={remove.isPending}
                            error={remove.error}
                            onYes={() => remove.mutate(c.id)}
                            onNo={() => setRemoving(null)}
                          />
                        ) : (
                          <span className="wr-inline">
                            <button
                              type="button"
                              className="utrecht-button utrecht-button--subtle"
                              onClick={() => setEditing(c.id)}
                              aria-label={`Wijzigen: ${c.roleLabel}, ${c.topic}`}
                            >
                              Wijzigen
                            </button>
                            <button
                              type="button"
                              className="utrecht-button utrecht-button--subtle"
                              onClick={() => setRemoving(c.id)}
                              aria-label={`Verwijderen: ${c.roleLabel}, ${c.topic}`}
                            >
                              Verwijderen
                            </button>
                          </span>
                        )}
                      </td>
                    )}
                  </tr>
                ),
              )}
            </tbody>
          </table>
        </div>
      )}
      {mayEdit && contacts.data && editing === null && <AddContact data={contacts.data} onAdded={set} />}
    </section>
  );
}

function AddContact({ data, onAdded }: { data: TPlanContacts; onAdded: (next: TPlanContacts) => void }) {
  const [open, setOpen] = useState(false);
  if (!open) {
    return (
      <button
        type="button"
        className="utrecht-button utrecht-button--secondary-action"
        onClick={() => setOpen(true)}
      >
        Contact toevoegen
      </button>
    );
  }
  return (
    <ContactForm
      data={data}
      onSave={async (body) => {
        onAdded(await agreementsApi.addContact(data.planId, body));
        setOpen(false);
      }}
      onCancel={() => setOpen(false)}
    />
  );
}

const FIELD_IDS: Record<keyof ContactBody, string> = {
  organisationId: 'organisatie',
  roleLabel: 'rol',
  topic: 'onderwerp',
  phone: 'telefoon',
  email: 'email',
};

function ContactForm({
  data,
  contact,
  onSave,
  onCancel,
}: {
  data: TPlanContacts;
  contact?: PlanContact;
  onSave: (body: ContactBody) => Promise<unknown>;
  onCancel: () => void;
}) {
  const prefix = `contact-${contact?.id ?? 'nieuw'}`;
  const organisations = useQuery({ queryKey: ['organisations'], queryFn: api.organisations });
  const [organisationId, setOrganisationId] = useState(
    contact?.organisation.id ?? data.planOrganisations[0]?.id ?? '',
  );
  const [roleLabel, setRoleLabel] = useState(contact?.roleLabel ?? '');
  const [topic, setTopic] = useState(contact?.topic ?? '');
  const [phone, setPhone] = useState(contact?.phone ?? '');
  const [email, setEmail] = useState(contact?.email ?? '');
  const [errors, setErrors] = useState<Partial<Record<keyof ContactBody, string>>>({});
  const save = useMutation({
    mutationFn: onSave,
    onError: (error) =>
      setErrors(
        error instanceof ApiError && error.errors.length
          ? fieldErrors(error)
          : { roleLabel: error instanceof Error ? error.message : String(error) },
      ),
  });
  const first = new Set(data.planOrganisations.map((o) => o.id));
  const options = [
    ...data.planOrganisations.map((o) => [o.id, o.name] as const),
    ...(organisations.data?.items ?? []).filter((o) => !first.has(o.id)).map((o) => [o.id, o.name] as const),
  ];
  const id = (f: keyof ContactBody) => `${prefix}-${FIELD_IDS[f]}`;
  return (
    <form
      className="wr-contact-form"
      noValidate
      aria-label={contact ? 'Contact wijzigen' : 'Contact toevoegen'}
      onSubmit={(e) => {
        e.preventDefault();
        const found: typeof errors = {};
        if (roleLabel.trim().length < 3)
          found.roleLabel = 'Noem de rol, bijvoorbeeld "Projectleider gemeente".';
        if (topic.trim().length < 3) found.topic = 'Noem waarvoor je belt, bijvoorbeeld "vergunning".';
        setErrors(found);
        if (Object.keys(found).length === 0) {
          save.mutate({
            organisationId,
            roleLabel: roleLabel.trim(),
            topic: topic.trim(),
            phone: phone.trim() || null,
            email: email.trim() || null,
          });
        }
      }}
    >
      <ErrorSummary
        title="Het contact is nog niet bewaard. Controleer:"
        errors={Object.entries(errors).map(([f, m]) => ({
          id: id(f as keyof ContactBody),
          message: m as string,
        }))}
      />
      <div className="wr-grid-3">
        <TextField
          id={id('topic')}
          label="Waarvoor"
          help="Bijvoorbeeld vergunning, grondzaken of planning."
          value={topic}
          onChange={setTopic}
          error={errors.topic}
        />
        <TextField
          id={id('roleLabel')}
          label="Rol"
          help="Een functie, geen naam: “Projectleider gemeente”."
          value={roleLabel}
          onChange={setRoleLabel}
          error={errors.roleLabel}
        />
        <SelectField
          id={id('organisationId')}
          label="Organisatie"
          value={organisationId}
          onChange={setOrganisationId}
          options={options}
          error={errors.organisationId}
        />
        <TextField
          id={id('phone')}
          label="Telefoon (niet verplicht)"
          value={phone}
          onChange={setPhone}
          error={errors.phone}
        />
        <TextField
          id={id('email')}
          label="E-mail van een functiepostbus (niet verplicht)"
          type="email"
          value={email}
          onChange={setEmail}
          error={errors.email}
        />
      </div>
      <div className="wr-actions">
        <button
          type="submit"
          className="utrecht-button utrecht-button--primary-action"
          disabled={save.isPending}
        >
          {save.isPending ? 'Bewaren…' : 'Contact bewaren'}
        </button>
        <button type="button" className="utrecht-button utrecht-button--subtle" onClick={onCancel}>
          Annuleren
        </button>
      </div>
    </form>
  );
}
