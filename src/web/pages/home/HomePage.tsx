import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { api, type Plan, toQuery } from '../../api';
import { Loading, QueryError } from '../../components/Status';
import { useMe } from '../../components/session';
import { usePageTitle } from '../../components/usePageTitle';
import { formatDate, formatHomes, formatNumber, formatPercent } from '../../format';
import { meetingsApi } from '../meetings/meetings-api';
import { formatMeetingDay } from '../meetings/meetings-format';
import { reviewApi } from '../review/review-api';

const SOON_DAYS = 120;

interface Due {
  plan: Plan;
  what: string;
  date: string;
}

/** Deadlines and milestones of these plans from today until `days` ahead, soonest first (overdue included). */
function upcoming(plans: Plan[], days: number, today = new Date()): Due[] {
  const limit = new Date(today.getTime() + days * 86_400_000).toISOString().slice(0, 10);
  const due: Due[] = [];
  for (const plan of plans) {
    if (plan.deadline && plan.deadline <= limit) due.push({ plan, what: 'Deadline', date: plan.deadline });
    if (plan.nextMilestone && plan.nextMilestone.date <= limit) {
      due.push({ plan, what: plan.nextMilestone.label, date: plan.nextMilestone.date });
    }
  }
  return due.sort((a, b) => a.date.localeCompare(b.date));
}

/** /: how is my region doing, and what needs my attention. */
export function HomePage() {
  usePageTitle('Overzicht');
  const me = useMe();
  const overview = useQuery({
    queryKey: ['region-overview', me.region.slug],
    queryFn: () => api.regionOverview(me.region.slug),
  });
  const mineQuery = toQuery({ owner: 'mine', limit: 200, sort: 'name' });
  const mine = useQuery({ queryKey: ['plans', mineQuery], queryFn: () => api.plans(mineQuery) });
  const today = new Date().toISOString().slice(0, 10);

  const region = overview.data?.region;
  const own = overview.data?.municipalities.find((m) => m.code === me.organisation.cbsCode);
  const stuck = (mine.data?.items ?? []).filter((plan) => plan.bottlenecks.length > 0);
  const due = upcoming(mine.data?.items ?? [], SOON_DAYS);
  const reviews = useQuery({ queryKey: ['reviews'], queryFn: reviewApi.list });
  const openReviews = (reviews.data?.items ?? []).filter((review) => review.status !== 'advised');
  // From the start of today, so a meeting later today still counts as next (a stable key for the cache).
  const meetings = useQuery({
    queryKey: ['meetings', 'from', today],
    queryFn: () => meetingsApi.meetings({ from: `${today}T00:00:00.000Z` }),
  });
  const nextMeetings = (meetings.data?.items ?? []).slice(0, 3);

  return (
    <>
      <h1 className="utrecht-heading-1">Overzicht</h1>
      <p className="wr-lead">
        Welkom, {me.name}. Je werkt namens {me.organisation.name} in {me.region.name}.
      </p>

      {overview.isPending && <Loading label="Cijfers laden…" />}
      {overview.isError && <QueryError error={overview.error} />}
      {region && (
        <div className="wr-cards">
          <Card
            title={`Opgeleverd sinds ${region.target.periodStart}`}
            value={formatNumber(region.delivered.homes)}
            note={
              region.target.homes
                ? `${formatPercent(region.delivered.homes / region.target.homes)} van de regionale opgave van ${formatNumber(region.target.homes)}`
                : 'Geen regionale opgave vastgelegd'
            }
            to="/regio"
          />
          <Card
            title="In plannen"
            value={formatNumber(region.planned.homes)}
            note={`${formatPercent(region.planned.socialRentShare)} sociale huur, ${formatPercent(region.planned.affordableShare)} betaalbaar`}
            to="/plannen"
          />
          {own && (
            <Card
              title={`Gemeente ${own.name}`}
              value={formatNumber(own.delivered.homes)}
              note={`opgeleverd van ${formatNumber(own.target.homes)}; ${formatHomes(own.planned.homes)} in plannen`}
              to={`/plannen${toQuery({ gemeente: own.code })}`}
            />
          )}
        </div>
      )}

      <div className="wr-columns">
        <section className="wr-section" aria-labelledby="termijnen-titel">
          <h2 className="utrecht-heading-2" id="termijnen-titel">
            Termijnen van mijn plannen
          </h2>
          {mine.isPending && <Loading label="Plannen laden…" />}
          {mine.isError && <QueryError error={mine.error} />}
          {mine.data &&
            (due.length ? (
              <ul className="wr-due">
                {due.map((item) => (
                  <li
                    key={`${item.plan.id}:${item.what}`}
                    className={item.date < today ? 'wr-due--late' : ''}
                  >
                    <span className="wr-due__date">{formatDate(item.date)}</span>
                    {item.date < today && <span className="wr-badge wr-badge--behind">verlopen</span>}{' '}
                    {item.what} — <Link to={`/plannen/${item.plan.id}`}>{item.plan.name}</Link>
                  </li>
                ))}
              </ul>
            ) : (
              <p className="utrecht-paragraph">
                Geen deadlines of mijlpalen in de komende {SOON_DAYS} dagen.
                {mine.data.items.length === 0 && ' Je organisatie heeft nog geen eigen plannen.'}
              </p>
            ))}
        </section>
        <section className="wr-section" aria-labelledby="knelpunten-titel">
          <h2 className="utrecht-heading-2" id="knelpunten-titel">
            Mijn plannen met knelpunten
          </h2>
          {mine.data &&
            (stuck.length ? (
              <ul className="utrecht-unordered-list">
                {stuck.map((plan) => (
                  <li className="utrecht-unordered-list__item" key={plan.id}>
                    <Link to={`/plannen/${plan.id}`}>{plan.name}</Link>: {plan.bottlenecks.join(', ')}
                  </li>
                ))}
              </ul>
            ) : (
              <p className="utrecht-paragraph">Geen van je plannen heeft een knelpunt.</p>
            ))}
        </section>
        <section className="wr-section" aria-labelledby="overleg-titel">
          <h2 className="utrecht-heading-2" id="overleg-titel">
            Volgend overleg
          </h2>
          {meetings.isError && <QueryError error={meetings.error} />}
          {meetings.data &&
            (nextMeetings.length ? (
              <ul className="utrecht-unordered-list">
                {nextMeetings.map((meeting) => (
                  <li className="utrecht-unordered-list__item" key={meeting.id}>
                    <Link to={`/overleg/vergaderingen/${meeting.id}`}>{meeting.title}</Link>,{' '}
                    {formatMeetingDay(meeting.startsAt)}
                    {meeting.agenda.length > 0 &&
                      ` (${meeting.agenda.length} agendapunt${meeting.agenda.length === 1 ? '' : 'en'})`}
                  </li>
                ))}
              </ul>
            ) : (
              <p className="utrecht-paragraph">
                Er staat geen overleg gepland. Zie <Link to="/overleg">Overleg</Link>.
              </p>
            ))}
        </section>
        <section className="wr-section" aria-labelledby="toetsen-titel">
          <h2 className="utrecht-heading-2" id="toetsen-titel">
            Regionale toetsen zonder advies
          </h2>
          {reviews.isError && <QueryError error={reviews.error} />}
          {reviews.data &&
            (openReviews.length ? (
              <ul className="utrecht-unordered-list">
                {openReviews.slice(0, 8).map((review) => (
                  <li className="utrecht-unordered-list__item" key={review.planId}>
                    <Link to={`/plannen/${review.planId}/toetsing`}>{review.planName}</Link> (
                    {formatHomes(review.totalHomes)}): {review.statusLabel.toLowerCase()}
                  </li>
                ))}
                {openReviews.length > 8 && (
                  <li className="utrecht-unordered-list__item">
                    <Link to="/toetsing">Alle {formatNumber(openReviews.length)} toetsen zonder advies</Link>
                  </li>
                )}
              </ul>
            ) : (
              <p className="utrecht-paragraph">
                Alle plannen van 50 woningen of meer die je ziet, hebben een advies.
              </p>
            ))}
        </section>
      </div>
    </>
  );
}

function Card({ title, value, note, to }: { title: string; value: string; note: string; to: string }) {
  return (
    <Link to={to} className="wr-card">
      <span className="wr-card__title">{title}</span>
      <span className="wr-card__value">{value}</span>
      <span className="wr-card__note">{note}</span>
    </Link>
  );
}
