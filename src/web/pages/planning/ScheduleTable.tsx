import type { Activity, BaselineActivity } from './planning-api';
import { ScheduleRow } from './ScheduleRow';
import { type DraftActivity, successorsOf, toDraft } from './schedule-draft';

/**
 * The schedule as a table: the same data as the Gantt chart, and the keyboard-operable part of the page.
 * With `onRowsChange` the durations and actual dates are inputs and rows can be moved and removed.
 */
export function ScheduleTable({
  caption,
  rows,
  computed,
  baseline,
  errors = {},
  onRowsChange,
  onMove,
  onRemove,
  progress = true,
}: {
  caption: string;
  rows: DraftActivity[];
  computed: Activity[];
  baseline: BaselineActivity[] | null;
  errors?: Record<string, string>;
  onRowsChange?: (rows: DraftActivity[]) => void;
  onMove?: (index: number, by: -1 | 1) => void;
  onRemove?: (key: string) => void;
  progress?: boolean;
}) {
  const canEdit = !!onRowsChange;
  const byKey = new Map(computed.map((a) => [a.key, a]));
  const baseByKey = new Map((baseline ?? []).map((b) => [b.key, b]));
  const names = new Map(rows.map((r) => [r.key, r.name]));
  const headers = [
    'Activiteit',
    'Fase',
    'Start',
    'Eind',
    'Duur (weken)',
    'Speling (weken)',
    'Kritiek pad',
    ...(progress ? ['Werkelijke start', 'Werkelijk eind', 'Afwijking'] : []),
    ...(canEdit ? ['Volgorde en verwijderen'] : []),
  ];
  return (
    <div className="wr-table-scroll">
      <table className="utrecht-table utrecht-table--html-table wr-table wr-schedule-table">
        <caption className="wr-visually-hidden">{caption}</caption>
        <thead className="utrecht-table__header">
          <tr className="utrecht-table__row">
            {headers.map((header) => (
              <th
                key={header}
                scope="col"
                className={`utrecht-table__header-cell${header.includes('weken') ? ' wr-num' : ''}`}
              >
                {header === 'Volgorde en verwijderen' ? (
                  <span className="wr-visually-hidden">{header}</span>
                ) : (
                  header
                )}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row, index) => (
            <ScheduleRow
              key={row.key}
              row={row}
              index={index}
              count={rows.length}
              computed={byKey.get(row.key)}
              baseline={baseByKey.get(row.key)}
              names={names}
              canEdit={canEdit}
              progress={progress}
              errors={errors}
              successors={successorsOf(rows, row.key).map((r) => r.name)}
              onChange={(patch) =>
                onRowsChange?.(rows.map((r) => (r.key === row.key ? { ...r, ...patch } : r)))
              }
              onMove={(by) => onMove?.(index, by)}
              onRemove={() => onRemove?.(row.key)}
            />
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** A read-only table of computed activities (a template's preview). */
export function ActivitiesTable({ caption, activities }: { caption: string; activities: Activity[] }) {
  return (
    <ScheduleTable
      caption={caption}
      rows={activities.map(toDraft)}
      computed={activities}
      baseline={null}
      progress={false}
    />
  );
}
