import type { ReactNode } from 'react';
import { Field } from '../../components/Field';
import { FIELD_IDS, type WhatIfDraft } from './what-if-form';

const PROCEDURES = [
  ['zoningPlanChange', 'Wijziging van het omgevingsplan'],
  ['outOfPlanPermit', 'Buitenplanse omgevingsplanactiviteit (BOPA)'],
  ['buildingPermit', 'Vergunning binnen het omgevingsplan'],
] as const;
const PREPARATIONS = [
  ['sequential', 'Volgordelijk'],
  ['parallel', 'Parallel'],
] as const;

/** The changes to compute: each one switched on with its checkbox, every error next to its field. */
export function WhatIfForm({
  draft,
  onChange,
  errors,
  activities,
}: {
  draft: WhatIfDraft;
  onChange: (draft: WhatIfDraft) => void;
  errors: Record<string, string>;
  activities: { key: string; name: string }[];
}) {
  const nextId = Math.max(0, ...draft.durations.map((row) => row.id)) + 1;
  const setRow = (id: number, patch: Partial<WhatIfDraft['durations'][number]>) =>
    onChange({
      ...draft,
      durations: draft.durations.map((row) => (row.id === id ? { ...row, ...patch } : row)),
    });
  return (
    <fieldset
      className="utrecht-form-fieldset wr-fieldset wr-whatif-changes"
      aria-describedby={FIELD_IDS.changes}
    >
      <legend className="utrecht-form-fieldset__legend">Wat verandert er?</legend>
      {errors[FIELD_IDS.changes] && (
        <p className="utrecht-form-field-error-message wr-field__error" id={FIELD_IDS.changes}>
          {errors[FIELD_IDS.changes]}
        </p>
      )}
      <ChoiceToggle
        id="watals-procedure"
        label="Een andere procedure"
        choiceLabel="Nieuwe procedure"
        options={PROCEDURES}
        state={draft.procedure}
        onChange={(procedure) => onChange({ ...draft, procedure })}
      />
      <ChoiceToggle
        id="watals-voorbereiding"
        label="Een andere bouwvoorbereiding"
        choiceLabel="Nieuwe bouwvoorbereiding"
        options={PREPARATIONS}
        state={draft.preparation}
        onChange={(preparation) => onChange({ ...draft, preparation })}
      />
      <Toggle
        id="watals-participatie"
        label="Een extra participatieronde"
        on={draft.participation.on}
        onToggle={(on) => onChange({ ...draft, participation: { ...draft.participation, on } })}
      >
        <Field
          id={FIELD_IDS.participation}
          label="Duur van de extra ronde (weken)"
          error={errors[FIELD_IDS.participation]}
        >
          {(props) => (
            <input
              {...props}
              className="utrecht-textbox utrecht-textbox--html-input wr-input-weeks"
              inputMode="numeric"
              value={draft.participation.weeks}
              onChange={(event) =>
                onChange({ ...draft, participation: { on: true, weeks: event.target.value } })
              }
            />
          )}
        </Field>
      </Toggle>
      <div className="wr-whatif-durations">
        <p className="utrecht-paragraph wr-whatif-subhead">
          <strong>Een activiteit langer of korter</strong>, bijvoorbeeld een langere besluitvorming over het
          omgevingsplan. Plannen zonder die activiteit veranderen niet.
        </p>
        {draft.durations.map((row) => {
          const name = activities.find((a) => a.key === row.activityKey)?.name ?? 'activiteit';
          return (
            <div className="wr-whatif-duration" key={row.id}>
              <Field
                id={FIELD_IDS.activity(row.id)}
                label="Activiteit"
                error={errors[FIELD_IDS.activity(row.id)]}
              >
                {(props) => (
                  <select
                    {...props}
                    className="utrecht-select utrecht-select--html-select"
                    value={row.activityKey}
                    onChange={(event) => setRow(row.id, { activityKey: event.target.value })}
                  >
                    <option value="">Kies een activiteit</option>
                    {activities.map((activity) => (
                      <option key={activity.key} value={activity.key}>
                        {activity.name}
                      </option>
                    ))}
                  </select>
                )}
              </Field>
              <Field
                id={FIELD_IDS.duration(row.id)}
                label="Weken langer (negatief: korter)"
                error={errors[FIELD_IDS.duration(row.id)]}
              >
                {(props) => (
                  <input
                    {...props}
                    className="utrecht-textbox utrecht-textbox--html-input wr-input-weeks"
                    inputMode="numeric"
                    value={row.deltaWeeks}
                    onChange={(event) => setRow(row.id, { deltaWeeks: event.target.value })}
                  />
                )}
              </Field>
              <button
                type="button"
                className="utrecht-button utrecht-button--subtle wr-whatif-remove"
                aria-label={`Wijziging van ${name} weghalen`}
                onClick={() =>
                  onChange({ ...draft, durations: draft.durations.filter((r) => r.id !== row.id) })
                }
              >
                Weghalen
              </button>
            </div>
          );
        })}
        <button
          type="button"
          className="utrecht-button utrecht-button--secondary-action"
          onClick={() =>
            onChange({
              ...draft,
              durations: [...draft.durations, { id: nextId, activityKey: '', deltaWeeks: '8' }],
            })
          }
        >
          Activiteit langer of korter maken
        </button>
      </div>
    </fieldset>
  );
}

/** A change switched on with its checkbox, then chosen from a list (another procedure, another preparation). */
function ChoiceToggle<T extends string>({
  id,
  label,
  choiceLabel,
  options,
  state,
  onChange,
}: {
  id: string;
  label: string;
  choiceLabel: string;
  options: readonly (readonly [T, string])[];
  state: { on: boolean; value: T };
  onChange: (state: { on: boolean; value: T }) => void;
}) {
  return (
    <Toggle id={id} label={label} on={state.on} onToggle={(on) => onChange({ ...state, on })}>
      <select
        id={`${id}-keuze`}
        aria-label={choiceLabel}
        className="utrecht-select utrecht-select--html-select"
        value={state.value}
        onChange={(event) => onChange({ on: true, value: event.target.value as T })}
      >
        {options.map(([value, text]) => (
          <option key={value} value={value}>
            {text}
          </option>
        ))}
      </select>
    </Toggle>
  );
}

function Toggle({
  id,
  label,
  on,
  onToggle,
  children,
}: {
  id: string;
  label: string;
  on: boolean;
  onToggle: (on: boolean) => void;
  children: ReactNode;
}) {
  return (
    <div className="wr-whatif-toggle">
      <label className="wr-checkbox" htmlFor={id}>
        <input id={id} type="checkbox" checked={on} onChange={(event) => onToggle(event.target.checked)} />{' '}
        {label}
      </label>
      {on && <div className="wr-whatif-toggle__detail">{children}</div>}
    </div>
  );
}
