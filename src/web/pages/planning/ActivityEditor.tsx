import { type FormEvent, useState } from 'react';
import { PHASE_LABELS } from '../../../core/route-map/questions';
import { ROUTE_MAP_PHASES, type RouteMapPhase } from '../../../core/route-map/schema';
import { SelectField, TextField } from '../../components/Field';
import { type DraftActivity, newKey, parseWeeks } from './schedule-draft';

const LINK_TYPES = [
  ['FS', 'Na afloop van de voorganger'],
  ['SS', 'Tegelijk met de voorganger'],
] as const;

/**
 * "Activiteit toevoegen": name, phase, duration and what it follows. The new row goes right after its
 * predecessor (or at the end) and is saved with the rest on "Opslaan".
 */
export function ActivityEditor({
  rows,
  dirty,
  onAdd,
}: {
  rows: DraftActivity[];
  dirty: boolean;
  onAdd: (row: DraftActivity, afterKey: string | null) => void;
}) {
  const [name, setName] = useState('');
  const [phase, setPhase] = useState<RouteMapPhase>('planning');
  const [duration, setDuration] = useState('4');
  const [after, setAfter] = useState('');
  const [type, setType] = useState<'FS' | 'SS'>('FS');
  const [errors, setErrors] = useState<{ name?: string; duration?: string }>({});
  const [added, setAdded] = useState('');

  function submit(event: FormEvent) {
    event.preventDefault();
    const weeks = parseWeeks(duration);
    const next = {
      name: name.trim().length < 3 ? 'Geef de activiteit een naam van minstens 3 tekens.' : undefined,
      duration:
        Number.isInteger(weeks) && weeks >= 0 && weeks <= 520
          ? undefined
          : 'Vul een heel aantal weken in, van 0 tot 520.',
    };
    setErrors(next);
    if (next.name || next.duration) return;
    const key = newKey(name, new Set(rows.map((r) => r.key)));
    onAdd(
      {
        key,
        name: name.trim(),
        phase,
        duration: String(weeks),
        links: after ? [{ key: after, type, lagWeeks: 0 }] : [],
        party: null,
        roles: [],
        milestone: false,
        calendar: null,
        actualStart: '',
        actualEnd: '',
      },
      after || null,
    );
    setAdded(`${name.trim()} is toegevoegd. Klik op Opslaan om de planning opnieuw te berekenen.`);
    setName('');
  }

  return (
    <form
      className="wr-fieldset wr-add-activity"
      onSubmit={submit}
      noValidate
      aria-labelledby="toevoegen-titel"
    >
      <h3 className="utrecht-heading-3" id="toevoegen-titel">
        Activiteit toevoegen
      </h3>
      <div className="wr-add-activity__fields">
        <TextField id="nieuw-naam" label="Naam" value={name} onChange={setName} error={errors.name} />
        <SelectField
          id="nieuw-fase"
          label="Fase"
          value={phase}
          onChange={(value) => setPhase(value as RouteMapPhase)}
          options={ROUTE_MAP_PHASES.map((p) => [p, PHASE_LABELS[p]] as const)}
        />
        <TextField
          id="nieuw-duur"
          label="Duur (weken)"
          inputMode="numeric"
          className="wr-weeks-input"
          value={duration}
          onChange={setDuration}
          error={errors.duration}
        />
        <SelectField
          id="nieuw-na"
          label="Volgt op"
          value={after}
          onChange={setAfter}
          placeholder="Geen (start bij de start van de planning)"
          options={rows.map((r) => [r.key, r.name] as const)}
        />
        {after && (
          <SelectField
            id="nieuw-soort"
            label="Start"
            value={type}
            onChange={(value) => setType(value as 'FS' | 'SS')}
            options={LINK_TYPES}
          />
        )}
      </div>
      <div className="wr-actions">
        <button type="submit" className="utrecht-button utrecht-button--secondary-action">
          Toevoegen
        </button>
        <span role="status" className="wr-muted">
          {dirty ? added : ''}
        </span>
      </div>
    </form>
  );
}
