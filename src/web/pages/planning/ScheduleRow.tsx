import { useState } from 'react';
import { PHASE_LABELS } from '../../../core/route-map/questions';
import { ConfirmRemove } from './ConfirmRemove';
import { DependencyEditor } from './DependencyEditor';
import { phaseColour } from './GanttChart';
import type { Activity, BaselineActivity } from './planning-api';
import {
  type DraftActivity,
  fieldId,
  formatShortDate as formatDate,
  formatWeeks,
  type RowField,
  slipWeeks,
} from './schedule-draft';

export interface RowProps {
  row: DraftActivity;
  index: number;
  count: number;
  computed: Activity | undefined;
  baseline: BaselineActivity | undefined;
  names: Map<string, string>;
  canEdit: boolean;
  /** Show actual dates and slip (not for a template's preview). */
  progress: boolean;
  errors: Record<string, string>;
  successors: string[];
  onChange: (patch: Partial<DraftActivity>) => void;
  onMove: (by: -1 | 1) => void;
  onRemove: () => void;
}

const weeks = (n: number) => `${n} ${n === 1 ? 'week' : 'weken'}`;

/** One activity in the schedule table; when editable, its duration and actual dates are inputs. */
export function ScheduleRow(props: RowProps) {
  const { row, computed, canEdit, progress, names } = props;
  const [confirming, setConfirming] = useState(false);
  const [editingLinks, setEditingLinks] = useState(false);
  const after = row.links.map((link) => names.get(link.key) ?? link.key);
  return (
    <>
      <tr className={computed?.critical ? 'wr-critical-row' : undefined}>
        <th scope="row">
          {row.name}
          {row.milestone && <span className="wr-badge wr-badge--internal wr-badge--small">besluit</span>}
          {!computed && <span className="wr-badge wr-badge--soft wr-badge--small">nieuw</span>}
          {after.length > 0 && <span className="wr-gantt-after">na: {after.join(', ')}</span>}
          {canEdit && (
            <button
              type="button"
              className="utrecht-button utrecht-button--subtle wr-link-button"
              aria-expanded={editingLinks}
              aria-label={`Afhankelijkheden van ${row.name} wijzigen`}
              onClick={() => setEditingLinks(true)}
            >
              afhankelijkheden wijzigen
            </button>
          )}
          {computed?.snap?.date && computed.snap.date !== computed.snap.earliest && (
            <span className="wr-gantt-after">
              {computed.snap.calendar === 'council'
                ? `wacht op de raadsvergadering van ${formatDate(computed.snap.date)}`
                : `na de vakantieperiode: ${formatDate(computed.snap.date)}`}
            </span>
          )}
          <FieldError {...props} field="dependsOn" />
        </th>
        <td className="wr-phase-cell">
          <span
            className="wr-phase-swatch"
            style={{ background: phaseColour(row.phase) }}
            aria-hidden="true"
          />
          {PHASE_LABELS[row.phase] ?? row.phase}
        </td>
        <td className="wr-nowrap wr-date-cell">{computed ? formatDate(computed.start) : '–'}</td>
        <td className="wr-nowrap wr-date-cell">{computed ? formatDate(computed.end) : '–'}</td>
        <td className="wr-num">{canEdit ? <NumberInput {...props} /> : row.duration}</td>
        <td className="wr-num">{computed ? formatWeeks(computed.totalFloatWeeks) : '–'}</td>
        <td>{computed ? computed.critical ? <strong>kritiek</strong> : 'nee' : '–'}</td>
        {progress && (
          <>
            <td>
              {canEdit ? <DateInput {...props} field="actualStart" /> : formatDate(row.actualStart || null)}
            </td>
            <td>
              {canEdit ? <DateInput {...props} field="actualEnd" /> : formatDate(row.actualEnd || null)}
            </td>
            <td>
              <Slip {...props} />
            </td>
          </>
        )}
        {canEdit && (
          <td className="wr-row-actions">
            <MoveButton {...props} by={-1} />
            <MoveButton {...props} by={1} />
            <button
              type="button"
              className="utrecht-button utrecht-button--subtle wr-icon-button"
              aria-label={`${row.name} verwijderen`}
              title="Verwijderen"
              aria-expanded={confirming}
              onClick={() => setConfirming(true)}
            >
              ✕
            </button>
          </td>
        )}
      </tr>
      {editingLinks && <DependencyEditor {...props} onClose={() => setEditingLinks(false)} />}
      {confirming && <ConfirmRemove {...props} onCancel={() => setConfirming(false)} />}
    </>
  );
}

function NumberInput({ row, errors, onChange }: RowProps) {
  const id = fieldId(row.key, 'durationWeeks');
  const error = errors[id];
  return (
    <>
      <label htmlFor={id} className="wr-visually-hidden">
        Duur in weken van {row.name}
      </label>
      <input
        id={id}
        className="utrecht-textbox utrecht-textbox--html-input wr-weeks-input"
        inputMode="numeric"
        value={row.duration}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-fout` : undefined}
        onChange={(event) => onChange({ duration: event.target.value })}
      />
      <FieldError row={row} errors={errors} field="durationWeeks" />
    </>
  );
}

function DateInput({ row, errors, onChange, field }: RowProps & { field: 'actualStart' | 'actualEnd' }) {
  const id = fieldId(row.key, field);
  const error = errors[id];
  return (
    <>
      <label htmlFor={id} className="wr-visually-hidden">
        {field === 'actualStart' ? 'Werkelijke start' : 'Werkelijk eind'} van {row.name}
      </label>
      <input
        id={id}
        type="date"
        className="utrecht-textbox utrecht-textbox--html-input wr-date-input"
        value={row[field]}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-fout` : undefined}
        onChange={(event) => onChange({ [field]: event.target.value })}
      />
      <FieldError row={row} errors={errors} field={field} />
    </>
  );
}

function FieldError({ row, errors, field }: Pick<RowProps, 'row' | 'errors'> & { field: RowField }) {
  const id = fieldId(row.key, field);
  if (!errors[id]) return null;
  return (
    <span className="utrecht-form-field-error-message wr-cell-error" id={`${id}-fout`}>
      {errors[id]}
    </span>
  );
}

/** Slip against the baseline end; on the critical path it moves the delivery (issue 4, item 7). */
function Slip({ row, baseline, computed }: RowProps) {
  const slip = slipWeeks(row.actualEnd, baseline);
  if (slip === null) return <span className="wr-muted">–</span>;
  if (slip <= 0) return <span>{slip === 0 ? 'op tijd' : `${weeks(-slip)} eerder`}</span>;
  return (
    <span className="wr-slip">
      <span className="wr-badge wr-badge--behind">+{weeks(slip)}</span>
      {computed?.critical && <span className="wr-slip__note">verschuift de oplevering</span>}
    </span>
  );
}

function MoveButton({ row, index, count, onMove, by }: RowProps & { by: -1 | 1 }) {
  const disabled = by === -1 ? index === 0 : index === count - 1;
  return (
    <button
      type="button"
      id={`verplaats-${by === -1 ? 'omhoog' : 'omlaag'}-${row.key}`}
      className="utrecht-button utrecht-button--subtle wr-icon-button"
      aria-label={`${row.name} ${by === -1 ? 'omhoog' : 'omlaag'} verplaatsen`}
      title={by === -1 ? 'Omhoog' : 'Omlaag'}
      disabled={disabled}
      onClick={() => onMove(by)}
    >
      {by === -1 ? '↑' : '↓'}
    </button>
  );
}
