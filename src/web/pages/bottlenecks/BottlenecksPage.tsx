import { useQuery } from '@tanstack/react-query';
import { Link, useSearchParams } from 'react-router';
import { api, toQuery } from '../../api';
import { SelectField } from '../../components/Field';
import { Loading, QueryError } from '../../components/Status';
import { useMe } from '../../components/session';
import { usePageTitle } from '../../components/usePageTitle';
import { formatDate } from '../../format';
import { PutOnAgenda } from '../meetings/PutOnAgenda';
import { BottleneckEditor } from './BottleneckEditor';
import { BOTTLENECK_KIND_LABELS, BOTTLENECK_STATUS_LABELS } from './labels';
import { NewBottleneckForm } from './NewBottleneckForm';
import { RecordSignalsButton } from './RecordSignalsButton';

/** /knelpunten: what is stuck, who owns it; monitor signals and what people record by hand. */
export function BottlenecksPage() {
  usePageTitle('Knelpunten');
  const me = useMe();
  const [params, setParams] = useSearchParams();
  const status = params.get('status') ?? '';
  const municipality = params.get('gemeente') ?? '';
  const query = toQuery({ status, municipality });
  const list = useQuery({ queryKey: ['bottlenecks', query], queryFn: () => api.bottlenecks(query) });
  const organisations = useQuery({ queryKey: ['organisations'], queryFn: api.organisations });
  const municipalities = useQuery({ queryKey: ['municipalities'], queryFn: api.municipalities });
  const nameOf = (code: string | null) =>
    municipalities.data?.items.find((m) => m.code === code)?.name ?? code ?? 'Regio';
  const setFilter = (key: string, value: string) => {
    const next = new URLSearchParams(params);
    if (value) next.set(key, value);
    else next.delete(key);
    setParams(next);
  };
  return (
    <>
      <div className="wr-page-head">
        <h1 className="utrecht-heading-1">Knelpunten</h1>
        {me.organisation.kind === 'region' && me.role !== 'viewer' && (
          <RecordSignalsButton regionSlug={me.region.slug} />
        )}
      </div>
      <p className="utrecht-paragraph wr-lead">
        Wat vastzit, wie het oppakt en wat er is afgesproken. Signalen uit de monitor (achter op het pad, een
        aandeel onder de norm, bezette planruimte, een lage kans op de opgave) komen hier als knelpunt binnen.
      </p>
      <div className="wr-filters">
        <SelectField
          id="filter-status"
          label="Status"
          value={status}
          onChange={(value) => setFilter('status', value)}
          placeholder="Alle statussen"
          options={Object.entries(BOTTLENECK_STATUS_LABELS)}
        />
        <SelectField
          id="filter-gemeente"
          label="Gemeente"
          value={municipality}
          onChange={(value) => setFilter('gemeente', value)}
          placeholder="Alle gemeenten"
          options={(municipalities.data?.items ?? [])
            .filter((m) => m.member)
            .map((m) => [m.code, m.name] as const)}
        />
      </div>
      {list.isPending && <Loading label="Knelpunten laden…" />}
      {list.isError && <QueryError error={list.error} />}
      {list.data && list.data.items.length === 0 && (
        <p className="utrecht-paragraph">
          Geen knelpunten met dit filter. Neem signalen over uit de <Link to="/monitor">monitor</Link> of leg
          er zelf een vast.
        </p>
      )}
      <ul className="wr-stack" data-testid="bottleneck-list">
        {list.data?.items.map((item) => (
          <li key={item.id} className="wr-card">
            <h2 className="utrecht-heading-3">{item.title}</h2>
            <p className="wr-small wr-muted">
              <span
                className={`wr-badge wr-badge--small wr-badge--${item.status === 'resolved' ? 'ok' : 'risk'}`}
              >
                {BOTTLENECK_STATUS_LABELS[item.status]}
              </span>{' '}
              {BOTTLENECK_KIND_LABELS[item.kind]} · {nameOf(item.municipalityCode)} · sinds{' '}
              {formatDate(item.createdAt)}
              {item.owner ? ` · eigenaar: ${item.owner.name}` : ' · nog geen eigenaar'}
            </p>
            {item.detail && <p className="utrecht-paragraph">{item.detail}</p>}
            {item.plan && (
              <p className="utrecht-paragraph">
                Plan: <Link to={`/plannen/${item.plan.id}`}>{item.plan.name}</Link>
              </p>
            )}
            {item.agenda.length > 0 && (
              <ul className="utrecht-unordered-list" aria-label={`Agenda's met ${item.title}`}>
                {item.agenda.map((entry) => (
                  <li key={entry.meetingId} className="utrecht-unordered-list__item">
                    Op de agenda van{' '}
                    <Link to={`/overleg/vergaderingen/${entry.meetingId}`}>{entry.meetingTitle}</Link>,{' '}
                    {formatDate(entry.startsAt)}
                    {entry.decision ? `. Besluit: ${entry.decision}` : ''}
                  </li>
                ))}
              </ul>
            )}
            {item.status !== 'resolved' && <PutOnAgenda kind="bottleneck" id={item.id} title={item.title} />}
            {item.note && !item.permissions.canEdit && (
              <p className="utrecht-paragraph">Notitie: {item.note}</p>
            )}
            {item.permissions.canEdit && organisations.data && (
              <details className="wr-details">
                <summary>Status, eigenaar en notitie bijwerken</summary>
                <BottleneckEditor bottleneck={item} organisations={organisations.data.items} />
              </details>
            )}
          </li>
        ))}
      </ul>
      {me.role !== 'viewer' && municipalities.data && (
        <NewBottleneckForm municipalities={municipalities.data.items.filter((m) => m.member)} />
      )}
    </>
  );
}
