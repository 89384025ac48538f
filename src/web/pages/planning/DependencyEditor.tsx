import './dependencies.css';
import { useEffect, useRef, useState } from 'react';
import type { ScheduleLink } from './planning-api';
import type { RowProps } from './ScheduleRow';
import { type DraftLink, linksFromDraft, toDraftLinks } from './schedule-draft';

/**
 * Under a row: its dependencies as a small form — which activity, after its end (FS) or its start (SS), and how
 * many weeks later. "Toepassen" changes the row (saved with "Opslaan"; a cycle is then refused by name).
 */
export function DependencyEditor({ row, names, onChange, onClose }: RowProps & { onClose: () => void }) {
  const [links, setLinks] = useState<DraftLink[]>(() => toDraftLinks(row.links));
  const [errors, setErrors] = useState<Record<number, string>>({});
  const first = useRef<HTMLElement>(null);
  useEffect(() => first.current?.focus(), []);
  const options = [...names].filter(([key]) => key !== row.key);
  const set = (index: number, patch: Partial<DraftLink>) =>
    setLinks(links.map((link, i) => (i === index ? { ...link, ...patch } : link)));
  const apply = () => {
    const result = linksFromDraft(links, row.key);
    setErrors(result.errors);
    if (Object.keys(result.errors).length === 0) {
      onChange({ links: result.links as ScheduleLink[] });
      onClose();
    }
  };
  const idOf = (index: number, part: string) => `afh-${row.key}-${index}-${part}`;
  return (
    <tr className="wr-confirm-row">
      <td colSpan={99}>
        <fieldset className="utrecht-form-fieldset wr-dependencies">
          <legend
            ref={first as React.RefObject<HTMLLegendElement>}
            tabIndex={-1}
            className="wr-dependencies__legend"
          >
            Afhankelijkheden van {row.name}
          </legend>
          {links.length === 0 && (
            <p className="wr-small">Deze activiteit wacht op niets; zij begint bij de start.</p>
          )}
          {links.map((link, index) => (
            <div className="wr-dependency" key={link.id}>
              <label htmlFor={idOf(index, 'key')} className="wr-small">
                Wacht op
              </label>
              <select
                id={idOf(index, 'key')}
                className="utrecht-select utrecht-select--html-select"
                value={link.key}
                aria-invalid={errors[index] ? true : undefined}
                aria-describedby={errors[index] ? idOf(index, 'fout') : undefined}
                onChange={(event) => set(index, { key: event.target.value })}
              >
                <option value="">Kies een activiteit</option>
                {options.map(([key, name]) => (
                  <option key={key} value={key}>
                    {name}
                  </option>
                ))}
              </select>
              <label htmlFor={idOf(index, 'type')} className="wr-visually-hidden">
                Soort afhankelijkheid
              </label>
              <select
                id={idOf(index, 'type')}
                className="utrecht-select utrecht-select--html-select"
                value={link.type}
                onChange={(event) => set(index, { type: event.target.value as DraftLink['type'] })}
              >
                <option value="FS">na het einde (einde-begin)</option>
                <option value="SS">na de start (begin-begin)</option>
              </select>
              <label htmlFor={idOf(index, 'lag')} className="wr-small">
                plus weken
              </label>
              <input
                id={idOf(index, 'lag')}
                className="utrecht-textbox utrecht-textbox--html-input wr-weeks-input"
                inputMode="numeric"
                value={link.lag}
                onChange={(event) => set(index, { lag: event.target.value })}
              />
              <button
                type="button"
                className="utrecht-button utrecht-button--subtle"
                aria-label={`Afhankelijkheid ${index + 1} van ${row.name} weghalen`}
                onClick={() => setLinks(links.filter((_, i) => i !== index))}
              >
                Weghalen
              </button>
              {errors[index] && (
                <span className="utrecht-form-field-error-message wr-cell-error" id={idOf(index, 'fout')}>
                  {errors[index]}
                </span>
              )}
            </div>
          ))}
          <div className="wr-confirm">
            <button
              type="button"
              className="utrecht-button utrecht-button--subtle"
              onClick={() =>
                setLinks([
                  ...links,
                  { id: Math.max(0, ...links.map((l) => l.id)) + 1, key: '', type: 'FS', lag: '0' },
                ])
              }
            >
              Afhankelijkheid toevoegen
            </button>
            <button type="button" className="utrecht-button utrecht-button--secondary-action" onClick={apply}>
              Toepassen
            </button>
            <button type="button" className="utrecht-button utrecht-button--subtle" onClick={onClose}>
              Annuleren
            </button>
            <span className="wr-small wr-muted">Pas bij Opslaan definitief.</span>
          </div>
        </fieldset>
      </td>
    </tr>
  );
}
