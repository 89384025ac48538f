/** The knowledge centre and the search (issue 6), through api.ts's `request`. */
import type {
  KnowledgeKind,
  SteeringDistance,
  SteeringHardness,
  TKnowledgeItemInput,
  ToolboxGoal,
} from '../../../core/knowledge';
import type { SearchType } from '../../../core/search';
import { request, toQuery } from '../../api';

export interface KnowledgeSummary {
  id: string;
  kind: KnowledgeKind;
  kindLabel: string;
  title: string;
  summary: string;
  steeringDistance: SteeringDistance | null;
  steeringHardness: SteeringHardness | null;
  goals: ToolboxGoal[];
  source: string;
  sourceUrl: string | null;
  version: number;
  updatedAt: string;
  planCount: number;
}

export interface KnowledgeItem extends Omit<KnowledgeSummary, 'planCount'> {
  body: string;
  plans: { id: string; name: string; municipalityName: string | null; note: string | null }[];
  canEdit: boolean;
}

export interface KnowledgeFilters {
  kind?: KnowledgeKind;
  steeringDistance?: SteeringDistance;
  steeringHardness?: SteeringHardness;
  goal?: ToolboxGoal;
  q?: string;
}

export interface PlanKnowledgeItem {
  id: string;
  kind: KnowledgeKind;
  kindLabel: string;
  title: string;
  summary: string;
  note: string | null;
}

export interface SearchHit {
  type: SearchType;
  id: string;
  title: string;
  snippet: string;
  highlights: [number, number][];
  rank: number;
  meetingId?: string | null;
}

const item = (id: string) => `/knowledge-items/${encodeURIComponent(id)}`;

export const knowledgeApi = {
  list: (filters: KnowledgeFilters) =>
    request<{ items: KnowledgeSummary[]; total: number; canEdit: boolean }>(
      'GET',
      `/knowledge-items${toQuery({ ...filters })}`,
    ),
  get: (id: string) => request<KnowledgeItem>('GET', item(id)),
  create: (body: TKnowledgeItemInput) => request<KnowledgeItem>('POST', '/knowledge-items', body),
  update: (id: string, body: TKnowledgeItemInput & { version: number }) =>
    request<KnowledgeItem>('PUT', item(id), body),
  remove: (id: string, version: number) => request<unknown>('DELETE', `${item(id)}?version=${version}`),
  linkPlan: (id: string, planId: string, note: string) =>
    request<KnowledgeItem>('PUT', `${item(id)}/plans/${encodeURIComponent(planId)}`, { note }),
  unlinkPlan: (id: string, planId: string) =>
    request<KnowledgeItem>('DELETE', `${item(id)}/plans/${encodeURIComponent(planId)}`),
  ofPlan: (planId: string) =>
    request<{ items: PlanKnowledgeItem[] }>('GET', `/plans/${encodeURIComponent(planId)}/knowledge-items`),
  search: (q: string) =>
    request<{ items: SearchHit[]; total: number }>('GET', `/search${toQuery({ q, limit: 20 })}`),
};
