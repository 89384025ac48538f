/** The what-if page's calls to /api/v1 (issue 4, item 5), through api.ts's `request`. */
import { request, toQuery } from '../../api';

export type ScheduleChange =
  | { kind: 'procedure'; procedure: 'zoningPlanChange' | 'outOfPlanPermit' | 'buildingPermit' }
  | { kind: 'preparation'; preparation: 'sequential' | 'parallel' }
  | { kind: 'participationRound'; weeks: number }
  | { kind: 'duration'; activityKey: string; deltaWeeks: number };

export interface WhatIfLine {
  planId: string;
  planName: string;
  homes: number;
  before: { end: string; durationWeeks: number };
  after: { end: string; durationWeeks: number; criticalPath: string[] } | null;
  deltaWeeks: number;
  deliveryYear: { before: number; after: number | null };
  applied: string[];
  skipped: string[];
  error: string | null;
}

export interface WhatIfSummary {
  plans: number;
  later: number;
  earlier: number;
  unchanged: number;
  maxDelayWeeks: number;
  homesDeliveredLaterYear: number;
  homesPastTargetYear: number;
  errors: number;
  sentence: string;
}

export interface WhatIfOutcome {
  scope: 'plan' | 'municipality';
  municipalityCode: string;
  changes: (ScheduleChange & { label: string })[];
  lines: WhatIfLine[];
  summary: WhatIfSummary;
}

export interface Scenario {
  id: string;
  name: string;
  municipalityCode: string;
  planId: string | null;
  changes: (ScheduleChange & { label: string })[];
  result: { lines: WhatIfLine[]; summary: WhatIfSummary };
  createdAt: string;
}

/** One plan (`planId`) or every plan of a municipality (`municipalityCode`). */
export type WhatIfScope = { planId: string } | { municipalityCode: string };

export const whatIfApi = {
  activities: () => request<{ items: { key: string; name: string }[] }>('GET', '/route-map/activities'),
  compute: (scope: WhatIfScope, changes: ScheduleChange[]) =>
    'planId' in scope
      ? request<WhatIfOutcome>('POST', `/plans/${encodeURIComponent(scope.planId)}/schedule/what-if`, {
          changes,
        })
      : request<WhatIfOutcome>(
          'POST',
          `/municipalities/${encodeURIComponent(scope.municipalityCode)}/schedule/what-if`,
          { changes },
        ),
  scenarios: (query: { municipality?: string; plan?: string }) =>
    request<{ scenarios: Scenario[] }>('GET', `/schedule-scenarios${toQuery(query)}`),
  save: (scope: WhatIfScope, name: string, changes: ScheduleChange[]) =>
    request<Scenario>('POST', '/schedule-scenarios', { ...scope, name, changes }),
  remove: (id: string) =>
    request<Record<string, never>>('DELETE', `/schedule-scenarios/${encodeURIComponent(id)}`),
};
