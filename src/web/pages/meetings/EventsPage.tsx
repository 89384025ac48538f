import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { Loading, QueryError } from '../../components/Status';
import { usePageTitle } from '../../components/usePageTitle';
import { Breadcrumb } from './common';
import { type MeetingSummary, meetingsApi } from './meetings-api';
import { formatMeetingTime } from './meetings-format';

/** /overleg/bijeenkomsten: the yearly regional meeting and other contact moments, each with its invitation (.ics). */
export function EventsPage() {
  usePageTitle('Bijeenkomsten');
  const events = useQuery({
    queryKey: ['meetings', 'events'],
    queryFn: () => meetingsApi.meetings({ kind: 'event' }),
  });
  const tables = useQuery({ queryKey: ['meetings', 'tables'], queryFn: meetingsApi.tables });
  const now = Date.now();
  const upcoming = events.data?.items.filter((e) => Date.parse(e.endsAt) >= now) ?? [];
  const past = (events.data?.items.filter((e) => Date.parse(e.endsAt) < now) ?? []).reverse();
  return (
    <>
      <Breadcrumb />
      <h1 className="utrecht-heading-1">Bijeenkomsten</h1>
      <p className="wr-lead">
        De jaarlijkse regiobijeenkomst en andere momenten waarop de partijen elkaar zien, buiten de vaste
        overlegtafels. Zet een bijeenkomst met de uitnodiging (.ics) in je agenda.
      </p>
      {tables.data?.permissions.canEdit && (
        <p>
          <Link
            className="utrecht-button-link utrecht-button-link--primary-action"
            to="/overleg/vergaderingen/nieuw?soort=bijeenkomst"
          >
            Bijeenkomst plannen
          </Link>
        </p>
      )}
      {events.isPending && <Loading label="Bijeenkomsten laden…" />}
      {events.isError && <QueryError error={events.error} />}
      {events.data && (
        <>
          <h2 className="utrecht-heading-2">Komende bijeenkomsten</h2>
          <EventList items={upcoming} empty="Er is geen bijeenkomst gepland." />
          <h2 className="utrecht-heading-2">Eerdere bijeenkomsten</h2>
          <EventList items={past} empty="Er zijn nog geen eerdere bijeenkomsten." />
        </>
      )}
    </>
  );
}

function EventList({ items, empty }: { items: MeetingSummary[]; empty: string }) {
  if (items.length === 0) return <p className="wr-empty">{empty}</p>;
  return (
    <ul className="wr-meetings-list">
      {items.map((e) => (
        <li key={e.id}>
          <Link to={`/overleg/vergaderingen/${e.id}`}>{e.title}</Link>
          <span className="wr-block wr-small">
            {formatMeetingTime(e.startsAt, e.endsAt)} · {e.location || 'plaats volgt'} ·{' '}
            <a href={`/api/v1/meetings/${e.id}.ics`} download>
              uitnodiging (.ics)<span className="wr-visually-hidden"> voor {e.title}</span>
            </a>
          </span>
        </li>
      ))}
    </ul>
  );
}
