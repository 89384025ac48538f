import { useMutation } from '@tanstack/react-query';
import { useRef, useState } from 'react';
import { ApiError } from '../../api';
import { ErrorSummary } from '../../components/Field';
import { formatDate } from '../../format';
import { ActivityEditor } from './ActivityEditor';
import { GanttChart } from './GanttChart';
import { PreparationSwitch } from './PreparationSwitch';
import { planningApi, type Schedule } from './planning-api';
import { ScheduleSummary } from './ScheduleSummary';
import { ScheduleTable } from './ScheduleTable';
import {
  type DraftActivity,
  formatWeeks,
  mapErrors,
  moveRow,
  removeRow,
  toActivityInput,
  toDraft,
} from './schedule-draft';

type Problems = { byField: Record<string, string>; other: string[]; detail?: string; conflict?: boolean };

/** A plan's schedule: summary, Gantt chart, and the table in which an editor changes and saves it. */
export function ScheduleView({
  schedule,
  canEdit,
  onSaved,
}: {
  schedule: Schedule;
  canEdit: boolean;
  onSaved: (s: Schedule) => void;
}) {
  const [rows, setRows] = useState(() => schedule.activities.map(toDraft));
  const [synced, setSynced] = useState(schedule);
  const [problems, setProblems] = useState<Problems>({ byField: {}, other: [] });
  const [message, setMessage] = useState('');
  const previous = useRef(schedule);
  if (synced !== schedule) {
    // A new schedule from the server (saved, replaced): start editing from it.
    setSynced(schedule);
    setRows(schedule.activities.map(toDraft));
  }
  const dirty = JSON.stringify(rows) !== JSON.stringify(schedule.activities.map(toDraft));

  const save = useMutation({
    mutationFn: async ({ latest }: { latest: boolean }) => {
      const version = latest
        ? (await planningApi.schedule(schedule.planId, schedule.variant))?.version
        : schedule.version;
      return planningApi.saveSchedule(
        schedule.planId,
        {
          startDate: schedule.start,
          activities: rows.map(toActivityInput),
          ...(schedule.route ? { route: schedule.route } : {}),
          ...(schedule.templateKey ? { templateKey: schedule.templateKey } : {}),
          version,
        },
        schedule.variant,
      );
    },
    onMutate: () => {
      previous.current = schedule;
      setMessage('');
    },
    onSuccess: (saved) => {
      setProblems({ byField: {}, other: [] });
      const shift = saved.durationWeeks - previous.current.durationWeeks;
      const change =
        shift === 0
          ? 'even lang als eerst'
          : `${formatWeeks(Math.abs(shift))} weken ${shift > 0 ? 'langer' : 'korter'}`;
      setMessage(`Opgeslagen. Klaar op ${formatDate(saved.end)}: ${change}.`);
      onSaved(saved);
    },
    onError: (error) => {
      if (!(error instanceof ApiError)) {
        setProblems({ byField: {}, other: [], detail: 'Opslaan lukte niet. Probeer het opnieuw.' });
        return;
      }
      const mapped = mapErrors(rows, error.errors);
      setProblems({ ...mapped, detail: error.message, conflict: error.status === 409 });
    },
  });

  const focusLater = (id: string) => requestAnimationFrame(() => document.getElementById(id)?.focus());
  const onMove = (index: number, by: -1 | 1) => {
    const key = rows[index]?.key;
    setRows(moveRow(rows, index, by));
    const stuck = (by === -1 && index === 1) || (by === 1 && index === rows.length - 2);
    const direction = (by === -1) !== stuck ? 'omhoog' : 'omlaag';
    focusLater(`verplaats-${direction}-${key}`);
  };
  const onRemove = (key: string) => {
    const name = rows.find((r) => r.key === key)?.name;
    setRows(removeRow(rows, key));
    setMessage(`${name} is verwijderd. Klik op Opslaan om dit vast te leggen.`);
    focusLater('planning-opslaan');
  };
  const onAdd = (row: DraftActivity, afterKey: string | null) => {
    const at = afterKey ? rows.findIndex((r) => r.key === afterKey) + 1 : rows.length;
    setRows([...rows.slice(0, at), row, ...rows.slice(at)]);
  };
  // A dependency error has no input of its own: link to the message under the activity's name.
  const fieldErrors = Object.entries(problems.byField).map(([id, text]) => ({
    id: id.endsWith('-dependsOn') ? `${id}-fout` : id,
    message: text,
  }));

  return (
    <>
      <ScheduleSummary schedule={schedule} />
      {schedule.route && (
        <PreparationSwitch
          schedule={schedule}
          route={schedule.route}
          canEdit={canEdit}
          dirty={dirty}
          onReplaced={onSaved}
        />
      )}
      <section className="wr-section" aria-labelledby="gantt-titel">
        <h2 className="utrecht-heading-2" id="gantt-titel">
          Planning in de tijd
        </h2>
        {dirty && (
          <p className="wr-muted">
            De grafiek toont de laatst opgeslagen planning. Je hebt wijzigingen die nog niet zijn opgeslagen.
          </p>
        )}
        <GanttChart activities={schedule.activities} baseline={schedule.baseline} label="Planning" />
      </section>
      <section className="wr-section" aria-labelledby="tabel-titel">
        <h2 className="utrecht-heading-2" id="tabel-titel">
          Activiteiten
        </h2>
        {canEdit && (
          <p className="wr-muted wr-small">
            Pas de duur aan of vul werkelijke datums in, en klik dan op Opslaan. De planning wordt dan opnieuw
            berekend.
          </p>
        )}
        <ErrorSummary title="De planning is niet opgeslagen" errors={fieldErrors} />
        {problems.detail && (fieldErrors.length === 0 || problems.other.length > 0) && (
          <div className="utrecht-alert utrecht-alert--error wr-conflict" role="alert">
            <p className="utrecht-paragraph">
              {problems.conflict
                ? 'Iemand anders heeft de planning intussen gewijzigd. Je wijzigingen staan nog hieronder.'
                : problems.detail}
            </p>
            {problems.other.length > 0 && (
              <ul className="utrecht-unordered-list">
                {problems.other.map((text) => (
                  <li key={text}>{text}</li>
                ))}
              </ul>
            )}
            {problems.conflict && (
              <button
                type="button"
                className="utrecht-button utrecht-button--secondary-action"
                onClick={() => save.mutate({ latest: true })}
              >
                Mijn wijzigingen toch opslaan
              </button>
            )}
          </div>
        )}
        {canEdit && (
          <div className="wr-actions wr-save-bar">
            <button
              type="button"
              id="planning-opslaan"
              className="utrecht-button utrecht-button--primary-action"
              disabled={save.isPending}
              onClick={() => save.mutate({ latest: false })}
            >
              {save.isPending ? 'Opslaan…' : 'Opslaan'}
            </button>
            {dirty && (
              <button
                type="button"
                className="utrecht-button utrecht-button--subtle"
                onClick={() => {
                  setRows(schedule.activities.map(toDraft));
                  setProblems({ byField: {}, other: [] });
                  setMessage('De wijzigingen zijn ongedaan gemaakt.');
                }}
              >
                Wijzigingen ongedaan maken
              </button>
            )}
            <span role="status">{message}</span>
          </div>
        )}
        <ScheduleTable
          caption="Activiteiten van de planning, met start, eind, duur, speling, kritiek pad en werkelijke datums"
          rows={rows}
          computed={schedule.activities}
          baseline={schedule.baseline}
          errors={problems.byField}
          {...(canEdit ? { onRowsChange: setRows, onMove, onRemove } : {})}
        />
        {canEdit && <ActivityEditor rows={rows} dirty={dirty} onAdd={onAdd} />}
      </section>
    </>
  );
}
