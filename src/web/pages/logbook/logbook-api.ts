/**
 * The logbook's calls to /api/v1 (GET/POST /plans/{id}/logbook), typed after the lead's routes
 * (src/server/schedules/logbook.service.ts). They follow api.ts's `request` exactly, so they can move into
 * api.ts's `api` object unchanged.
 */
import type { RouteMapPhase } from '../../../core/route-map/schema';
import { request } from '../../api';

/** Ja, nee or niet van toepassing. */
export type LogbookAnswer = 'ja' | 'nee' | 'nvt';

/** One answer as it was given; answers are never edited, a new one is added. */
export interface LogbookEntry {
  id: number;
  questionKey: string;
  question: string;
  answer: LogbookAnswer;
  note: string | null;
  answeredAt: string;
  answeredBy: { name: string; organisationName: string };
}

/** A closed question of the Taskforce questionnaire with its newest answer. */
export interface LogbookQuestion {
  key: string;
  phase: RouteMapPhase;
  question: string;
  blocksNextPhase: boolean;
  source?: { code: string; text: string };
  assumption?: string;
  latest: LogbookEntry | null;
  /** Blocks the next phase and is still open (not answered, or answered "nee"). */
  blocking: boolean;
}

export interface Logbook {
  answers: LogbookAnswer[];
  questions: LogbookQuestion[];
  /** Every answer, newest first. */
  history: LogbookEntry[];
}

export interface LogbookAnswerBody {
  questionKey: string;
  answer: LogbookAnswer;
  note?: string;
}

const logbookPath = (planId: string) => `/plans/${encodeURIComponent(planId)}/logbook`;

export const logbookApi = {
  /** The questions with their newest answers and the whole timeline. */
  logbook: (planId: string) => request<Logbook>('GET', logbookPath(planId)),
  /** Adds an answer (201); returns the logbook as GET does. */
  answer: (planId: string, body: LogbookAnswerBody) => request<Logbook>('POST', logbookPath(planId), body),
};
