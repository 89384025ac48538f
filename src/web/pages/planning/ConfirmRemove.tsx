import { useEffect, useRef } from 'react';
import type { RowProps } from './ScheduleRow';

/** The confirmation under a row before it is removed; says what happens to the activities that wait for it. */
export function ConfirmRemove({ row, successors, onRemove, onCancel }: RowProps & { onCancel: () => void }) {
  const yes = useRef<HTMLButtonElement>(null);
  useEffect(() => yes.current?.focus(), []);
  return (
    <tr className="wr-confirm-row">
      <td colSpan={99}>
        <div className="wr-confirm">
          <span>
            <strong>{row.name}</strong> verwijderen?{' '}
            {successors.length > 0 &&
              `${successors.join(', ')} ${successors.length === 1 ? 'wacht' : 'wachten'} dan op de voorgangers ervan. `}
            Pas bij Opslaan definitief; tot dan kun je het ongedaan maken.
          </span>
          <button
            ref={yes}
            type="button"
            className="utrecht-button utrecht-button--secondary-action"
            onClick={onRemove}
          >
            Ja, verwijderen
          </button>
          <button type="button" className="utrecht-button utrecht-button--subtle" onClick={onCancel}>
            Annuleren
          </button>
        </div>
      </td>
    </tr>
  );
}
