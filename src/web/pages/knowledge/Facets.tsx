import {
  KNOWLEDGE_KIND_LABELS,
  KNOWLEDGE_KINDS,
  STEERING_DISTANCE_LABELS,
  STEERING_DISTANCES,
  STEERING_HARDNESS_LABELS,
  STEERING_HARDNESSES,
  TOOLBOX_GOAL_LABELS,
  TOOLBOX_GOALS,
} from '../../../core/knowledge';
import type { KnowledgeFilters } from './knowledge-api';

type Key = Exclude<keyof KnowledgeFilters, 'q'>;

const GROUPS: { key: Key; legend: string; help?: string; options: [string, string][] }[] = [
  { key: 'kind', legend: 'Soort', options: KNOWLEDGE_KINDS.map((k) => [k, KNOWLEDGE_KIND_LABELS[k]]) },
  {
    key: 'steeringDistance',
    legend: 'Instrumentenwaaier: afstand',
    options: STEERING_DISTANCES.map((k) => [k, STEERING_DISTANCE_LABELS[k]]),
  },
  {
    key: 'steeringHardness',
    legend: 'Instrumentenwaaier: hard of zacht',
    options: STEERING_HARDNESSES.map((k) => [k, STEERING_HARDNESS_LABELS[k]]),
  },
  {
    key: 'goal',
    legend: 'Doel (RIGO-instrumentenkoffer)',
    options: TOOLBOX_GOALS.map((k) => [k, TOOLBOX_GOAL_LABELS[k]]),
  },
];

/** The facets of /kennis as radio groups (one choice per facet, "Alle" clears it); every change filters at once. */
export function Facets({
  filters,
  onChange,
}: {
  filters: KnowledgeFilters;
  onChange: (next: KnowledgeFilters) => void;
}) {
  return (
    <div className="wr-knowledge-facets">
      {GROUPS.map((group) => (
        <fieldset key={group.key} className="wr-knowledge-facet">
          <legend>{group.legend}</legend>
          {[['', 'Alle'] as [string, string], ...group.options].map(([value, label]) => (
            <label key={value || 'alle'} className="wr-check">
              <input
                type="radio"
                name={`facet-${group.key}`}
                value={value}
                checked={(filters[group.key] ?? '') === value}
                onChange={() => onChange({ ...filters, [group.key]: value || undefined })}
              />
              {label}
            </label>
          ))}
        </fieldset>
      ))}
    </div>
  );
}
