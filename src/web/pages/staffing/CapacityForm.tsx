import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { ROLES } from '../../../core/route-map/schema';
import { ApiError } from '../../api';
import { ErrorSummary, TextField } from '../../components/Field';
import { parseDecimal } from '../../format';
import { type Staffing, staffingApi } from './staffing-api';
import { roleLabel } from './staffing-format';

const fieldId = (role: string) => `capaciteit-${role}`;

/** The organisation's admins record the FTE available per role; an empty field means "not recorded". */
export function CapacityForm({ data }: { data: Staffing }) {
  const queryClient = useQueryClient();
  const initial = Object.fromEntries(data.capacity.map((c) => [c.role, String(c.fte).replace('.', ',')]));
  const [values, setValues] = useState<Record<string, string>>(initial);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const save = useMutation({
    mutationFn: (roles: { role: string; fte: number }[]) =>
      staffingApi.putCapacity(data.organisation.id, roles),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['staffing', data.organisation.id] }),
  });

  function submit(event: FormEvent) {
    event.preventDefault();
    const found: Record<string, string> = {};
    const roles: { role: string; fte: number }[] = [];
    for (const role of ROLES) {
      const fte = parseDecimal(values[role] ?? '');
      if (fte === null) continue;
      if (Number.isNaN(fte) || fte < 0)
        found[role] = `Vul bij ${roleLabel(role).toLowerCase()} een aantal fte in, 0 of meer.`;
      else roles.push({ role, fte });
    }
    setErrors(found);
    if (Object.keys(found).length === 0)
      save.mutate(roles, {
        onError: (error) => {
          if (!(error instanceof ApiError)) return;
          const byPath = Object.fromEntries(
            error.errors.map((e) => [roles[Number(e.path.split('.')[1])]?.role ?? '', e.message]),
          );
          setErrors(byPath);
        },
      });
  }

  const summary = Object.entries(errors).map(([role, message]) => ({ id: fieldId(role), message }));
  return (
    <form onSubmit={submit} noValidate aria-labelledby="capaciteit-invullen">
      <h2 className="utrecht-heading-2" id="capaciteit-invullen">
        Beschikbare capaciteit van {data.organisation.name}
      </h2>
      <p className="wr-small wr-muted">
        In fte van {data.hoursPerFte} uur per week. Laat een rol leeg als je organisatie die niet levert: dan
        wordt daar geen overbezetting gemeld.
      </p>
      <ErrorSummary title="Controleer de capaciteit" errors={summary} />
      <div className="wr-staffing-form">
        {ROLES.map((role) => (
          <TextField
            key={role}
            id={fieldId(role)}
            label={`${roleLabel(role)} (fte)`}
            inputMode="decimal"
            value={values[role] ?? ''}
            onChange={(value) => setValues({ ...values, [role]: value })}
            error={errors[role]}
          />
        ))}
      </div>
      <button
        type="submit"
        className="utrecht-button utrecht-button--primary-action"
        disabled={save.isPending}
      >
        {save.isPending ? 'Opslaan…' : 'Capaciteit opslaan'}
      </button>
      {save.isSuccess && (
        <p className="wr-small" role="status">
          De capaciteit is opgeslagen.
        </p>
      )}
      {save.isError && !(save.error instanceof ApiError && save.error.errors.length > 0) && (
        <p className="utrecht-form-field-error-message" role="alert">
          {save.error instanceof ApiError
            ? save.error.message
            : 'Opslaan is niet gelukt. Probeer het opnieuw.'}
        </p>
      )}
    </form>
  );
}
