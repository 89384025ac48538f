import './instruments.css';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Link } from 'react-router';
import { SEGMENT_LABELS, type Segment } from '../../../core/programme';
import { ApiError, fieldErrors } from '../../api';
import { Field, TextField } from '../../components/Field';
import { Loading, QueryError } from '../../components/Status';
import { formatDate } from '../../format';
import { type ComplianceCheck, instrumentsApi } from './instruments-api';

/**
 * On the plan page: the plan against the doelgroepenverordening in force, each rule with its reason; the
 * municipality records a motivated, approved exception under the hardship clause for a failing rule.
 */
export function PlanComplianceSection({ planId }: { planId: string }) {
  const compliance = useQuery({
    queryKey: ['compliance', planId],
    queryFn: () => instrumentsApi.planCompliance(planId),
  });
  const [excepting, setExcepting] = useState<ComplianceCheck | null>(null);
  return (
    <section className="wr-section" aria-labelledby="verordening">
      <h2 className="utrecht-heading-2" id="verordening">
        Doelgroepenverordening
      </h2>
      {compliance.isPending && <Loading label="Verordening controleren…" />}
      {compliance.isError && <QueryError error={compliance.error} />}
      {compliance.data && !compliance.data.ordinance && (
        <p className="wr-empty">Deze gemeente heeft geen doelgroepenverordening in Woonregie.</p>
      )}
      {compliance.data?.ordinance && (
        <>
          <p className="utrecht-paragraph">
            Getoetst aan <strong>{compliance.data.ordinance.title}</strong> (in werking sinds{' '}
            {formatDate(compliance.data.ordinance.effectiveFrom)}
            {compliance.data.ordinance.demo ? ', demowaarden' : ''}).{' '}
            <Link to="/instrumenten">Alle instrumenten</Link>
          </p>
          {compliance.data.checks.length === 0 ? (
            <p className="wr-small">
              Er is niets te controleren: vul oppervlakte en huur of prijs in bij de segmenten.
            </p>
          ) : (
            <ul className="wr-compliance-list">
              {compliance.data.checks.map((check) => (
                <li key={`${check.line}-${check.rule}`}>
                  <span
                    className={`wr-badge ${check.ok ? 'wr-badge--ok' : check.exception ? 'wr-badge--soft' : 'wr-badge--behind'}`}
                  >
                    {check.ok ? 'voldoet' : check.exception ? 'uitzondering' : 'voldoet niet'}
                  </span>{' '}
                  {check.message}
                  {check.exception && (
                    <span className="wr-small wr-muted">
                      {' '}
                      Uitzondering onder de hardheidsclausule: {check.exception.motivation} (goedgekeurd door{' '}
                      {check.exception.approvedBy}).
                    </span>
                  )}
                  {!check.ok && !check.exception && compliance.data.canRecordException && (
                    <button
                      type="button"
                      className="utrecht-button utrecht-button--subtle wr-link-button"
                      onClick={() => setExcepting(check)}
                      aria-expanded={excepting === check}
                    >
                      Uitzondering vastleggen
                    </button>
                  )}
                </li>
              ))}
            </ul>
          )}
          {excepting && (
            <ExceptionForm
              planId={planId}
              check={excepting}
              clause={compliance.data.ordinance.hardshipClause}
              onDone={() => setExcepting(null)}
            />
          )}
        </>
      )}
    </section>
  );
}

function ExceptionForm({
  planId,
  check,
  clause,
  onDone,
}: {
  planId: string;
  check: ComplianceCheck;
  clause: string;
  onDone: () => void;
}) {
  const queryClient = useQueryClient();
  const [motivation, setMotivation] = useState('');
  const [approvedBy, setApprovedBy] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const save = useMutation({
    mutationFn: () =>
      instrumentsApi.recordException(planId, {
        segment: check.segment,
        rule: check.rule,
        motivation,
        approvedBy,
      }),
    onSuccess: (data) => {
      queryClient.setQueryData(['compliance', planId], data);
      onDone();
    },
    onError: (error) => {
      if (error instanceof ApiError) setErrors(fieldErrors(error));
    },
  });
  const submit = () => {
    const found: Record<string, string> = {};
    if (motivation.trim().length < 20) found.motivation = 'Motiveer de uitzondering in minstens 20 tekens.';
    if (approvedBy.trim().length < 3)
      found.approvedBy = 'Noem wie de uitzondering goedkeurde (bijvoorbeeld het college, met datum).';
    setErrors(found);
    if (Object.keys(found).length === 0) save.mutate();
  };
  return (
    <form
      className="wr-inline-form wr-exception-form"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        submit();
      }}
    >
      <p className="utrecht-paragraph" style={{ gridColumn: '1 / -1' }}>
        Uitzondering voor <strong>{SEGMENT_LABELS[check.segment as Segment]}</strong>: {check.message}
        <br />
        <span className="wr-small wr-muted">Hardheidsclausule: {clause}</span>
      </p>
      <Field id="uitzondering-motivering" label="Motivering" error={errors.motivation}>
        {(props) => (
          <textarea
            {...props}
            className="utrecht-textarea utrecht-textarea--html-textarea"
            rows={3}
            value={motivation}
            onChange={(event) => setMotivation(event.target.value)}
          />
        )}
      </Field>
      <TextField
        id="uitzondering-goedkeuring"
        label="Goedgekeurd door (wie en wanneer)"
        value={approvedBy}
        onChange={setApprovedBy}
        error={errors.approvedBy}
      />
      <div className="wr-actions">
        <button
          type="submit"
          className="utrecht-button utrecht-button--primary-action"
          disabled={save.isPending}
        >
          {save.isPending ? 'Vastleggen…' : 'Uitzondering vastleggen'}
        </button>
        <button type="button" className="utrecht-button utrecht-button--subtle" onClick={onDone}>
          Annuleren
        </button>
      </div>
      {save.isError && !(save.error instanceof ApiError && save.error.errors.length) && (
        <QueryError error={save.error} />
      )}
    </form>
  );
}
