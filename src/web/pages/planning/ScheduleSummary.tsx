import { formatDate, formatDateTime } from '../../format';
import type { Schedule } from './planning-api';
import { formatWeeks, slipWeeks, weeksToMonths } from './schedule-draft';

/** The schedule at a glance: lead time, start and end, the critical path, and slip against the baseline. */
export function ScheduleSummary({ schedule }: { schedule: Schedule }) {
  const names = new Map(schedule.activities.map((a) => [a.key, a.name]));
  const baselineEnd = (schedule.baseline ?? [])
    .map((b) => b.end)
    .sort()
    .at(-1);
  const deliverySlip = baselineEnd
    ? slipWeeks(schedule.end, { key: '', name: '', start: '', end: baselineEnd })
    : null;
  const late = schedule.activities.filter((a) => {
    const base = schedule.baseline?.find((b) => b.key === a.key);
    return a.critical && a.actualEnd && (slipWeeks(a.actualEnd, base) ?? 0) > 0;
  });
  return (
    <section className="wr-section wr-schedule-summary" aria-labelledby="samenvatting-titel">
      <h2 className="wr-visually-hidden" id="samenvatting-titel">
        Samenvatting
      </h2>
      <dl className="wr-cards">
        <div className="wr-card">
          <dt className="wr-card__title">Doorlooptijd</dt>
          <dd className="wr-card__value">{formatWeeks(schedule.durationWeeks)} weken</dd>
          <dd className="wr-card__note">circa {weeksToMonths(schedule.durationWeeks)} maanden</dd>
        </div>
        <div className="wr-card">
          <dt className="wr-card__title">Start</dt>
          <dd className="wr-card__value">{formatDate(schedule.start)}</dd>
        </div>
        <div className="wr-card">
          <dt className="wr-card__title">Klaar (oplevering)</dt>
          <dd className="wr-card__value">{formatDate(schedule.end)}</dd>
          {deliverySlip !== null && (
            <dd className="wr-card__note">
              {deliverySlip > 0 ? (
                <span className="wr-badge wr-badge--behind">
                  {deliverySlip} weken later dan de basisplanning
                </span>
              ) : deliverySlip < 0 ? (
                `${-deliverySlip} weken eerder dan de basisplanning`
              ) : (
                'zoals in de basisplanning'
              )}
            </dd>
          )}
        </div>
      </dl>
      <p className="utrecht-paragraph">
        <strong>Kritiek pad:</strong> {schedule.criticalPath.map((key) => names.get(key) ?? key).join(' → ')}
      </p>
      {late.length > 0 && (
        <div className="utrecht-alert utrecht-alert--warning" role="status">
          <p className="utrecht-paragraph">
            Vertraging op het kritieke pad verschuift de oplevering: {late.map((a) => a.name).join(', ')}.
          </p>
        </div>
      )}
      <p className="wr-muted wr-small">
        Versie {schedule.version} · laatst gewijzigd {formatDateTime(schedule.updatedAt)}
        {schedule.agreedAt ? ` · afgesproken op ${formatDate(schedule.agreedAt)}` : ''}
        {schedule.baseline ? '' : ' · nog geen basisplanning vastgelegd'}
      </p>
    </section>
  );
}
