import './logbook.css';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { PHASE_LABELS } from '../../../core/programme';
import type { RouteMapPhase } from '../../../core/route-map/schema';
import { api } from '../../api';
import { Loading, QueryError } from '../../components/Status';
import { LogbookTimeline } from './LogbookTimeline';
import { blockingSummary, WarningIcon } from './labels';
import { type Logbook, type LogbookQuestion, logbookApi } from './logbook-api';
import { QuestionItem } from './QuestionItem';

/** The questionnaire's phases, in order. */
const PHASES: readonly RouteMapPhase[] = ['initiative', 'planning', 'elaboration', 'construction'];

/** The plan's phase as a phase of the questionnaire (a delivered plan shows the construction questions). */
function questionnairePhase(phase: string | undefined): RouteMapPhase | null {
  if (phase === 'delivered') return 'construction';
  return PHASES.find((p) => p === phase) ?? null;
}

/** "4 van 6 beantwoord · 2 blokkeren" for a phase's summary. */
function PhaseSummary({
  phase,
  questions,
  current,
}: {
  phase: RouteMapPhase;
  questions: LogbookQuestion[];
  current: boolean;
}) {
  const answered = questions.filter((q) => q.latest).length;
  const blocking = questions.filter((q) => q.blocking).length;
  return (
    <summary className="wr-lb-phase__summary">
      <span className="wr-lb-phase__name">{PHASE_LABELS[phase]}</span>
      {current && <span className="wr-badge wr-badge--internal">Huidige fase</span>}
      <span className="wr-small wr-muted">
        {answered} van {questions.length} beantwoord
      </span>
      {blocking > 0 && (
        <span className="wr-lb-blocking wr-small">
          <WarningIcon />
          {blocking === 1 ? '1 blokkeert' : `${blocking} blokkeren`}
        </span>
      )}
    </summary>
  );
}

/**
 * The logbook of a plan (issue 4, item 8): the Taskforce's closed questions per phase with their newest answers,
 * which open questions block the next phase, a form per question for editors (answers are added, never edited),
 * and the timeline of every answer.
 */
export function LogbookSection({ planId, canEdit }: { planId: string; canEdit: boolean }) {
  const queryClient = useQueryClient();
  const logbook = useQuery({ queryKey: ['logbook', planId], queryFn: () => logbookApi.logbook(planId) });
  // The planning page has loaded the plan already; its phase decides which questions are unfolded.
  const plan = useQuery({ queryKey: ['plan', planId], queryFn: () => api.plan(planId) });
  const [toggled, setToggled] = useState<Partial<Record<RouteMapPhase, boolean>>>({});

  const store = (saved: Logbook) => {
    queryClient.setQueryData(['logbook', planId], saved);
    void queryClient.invalidateQueries({ queryKey: ['schedule', planId] });
  };

  return (
    <section className="wr-section wr-lb" aria-labelledby="logboek-titel">
      <h2 className="utrecht-heading-2" id="logboek-titel">
        Logboek
      </h2>
      {logbook.isPending && <Loading label="Logboek laden…" />}
      {logbook.isError && <QueryError error={logbook.error} />}
      {logbook.isSuccess &&
        (() => {
          const data = logbook.data;
          const current = questionnairePhase(plan.data?.phase);
          const blocking = data.questions.filter((q) => q.blocking).length;
          const firstBlocking = data.questions.find((q) => q.blocking)?.phase;
          const isOpen = (phase: RouteMapPhase) => toggled[phase] ?? phase === (current ?? firstBlocking);
          return (
            <>
              <p className="wr-lead wr-lb-intro">
                De gesloten vragen van de Taskforce per fase. Beantwoord ze samen met gemeente en corporatie.
                {canEdit &&
                  ' Elk antwoord blijft bewaard in de tijdlijn: een nieuw antwoord vervangt het oude niet.'}
              </p>
              <p className={`wr-lb-total${blocking > 0 ? ' wr-lb-total--blocking' : ''}`}>
                {blocking > 0 && <WarningIcon />}
                {blockingSummary(blocking)}
              </p>
              <div className="wr-lb-layout">
                <div className="wr-lb-phases">
                  {PHASES.map((phase) => {
                    const questions = data.questions.filter((q) => q.phase === phase);
                    if (questions.length === 0) return null;
                    return (
                      <details
                        key={phase}
                        className="wr-lb-phase"
                        open={isOpen(phase)}
                        onToggle={(event) => {
                          const open = event.currentTarget.open;
                          if (open !== isOpen(phase)) setToggled((t) => ({ ...t, [phase]: open }));
                        }}
                      >
                        <PhaseSummary phase={phase} questions={questions} current={phase === current} />
                        <ol className="wr-lb-questions">
                          {questions.map((question) => (
                            <QuestionItem
                              key={question.key}
                              planId={planId}
                              question={question}
                              canEdit={canEdit}
                              onSaved={store}
                            />
                          ))}
                        </ol>
                      </details>
                    );
                  })}
                </div>
                <LogbookTimeline history={data.history} canEdit={canEdit} />
              </div>
            </>
          );
        })()}
    </section>
  );
}
