import { useQuery } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { Link, useLocation, useParams } from 'react-router';
import { PROGRAMME_STATUS_LABELS, type ProgrammeStatus } from '../../../core/monitor/types';
import {
  PARTY_ROLE_LABELS,
  PLANNING_STATUS_LABELS,
  SEGMENT_LABELS,
  VISIBILITY_LABELS,
} from '../../../core/programme';
import { api, type Plan, type PlanVersion } from '../../api';
import { HardnessBadge, phaseLabel } from '../../components/labels';
import { NormsPanel } from '../../components/NormsPanel';
import { Loading, QueryError } from '../../components/Status';
import { usePageTitle } from '../../components/usePageTitle';
import { formatDate, formatDateTime, formatEuro, formatNumber } from '../../format';
import { PlanAgreements } from '../agreements/PlanAgreements';
import { PlanContacts } from '../agreements/PlanContacts';
import { PlanComplianceSection } from '../instruments/PlanComplianceSection';
import { PlanKnowledgeLinks } from '../knowledge/PlanKnowledgeLinks';
import { PutOnAgenda } from '../meetings/PutOnAgenda';
import { PlanInstrumentLinks } from '../review/PlanInstrumentLinks';
import { ProgrammeStatusPanel } from './ProgrammeStatusPanel';

/** Dutch names of the plan's fields, for the history. */
const FIELD_NAMES: Record<string, string> = {
  name: 'Naam',
  municipalityCode: 'Gemeente',
  phase: 'Fase',
  planningStatus: 'Planologische status',
  planType: 'Plantype',
  bottlenecks: 'Knelpunten',
  location: 'Locatie',
  address: 'Adres',
  segments: 'Segmenten',
  deliveries: 'Oplevering per jaar',
  parties: 'Partijen',
  visibility: 'Zichtbaarheid',
  businessCase: 'Businesscase',
  deadline: 'Deadline',
  nextMilestone: 'Volgende mijlpaal',
  notes: 'Toelichting',
  programmeStatus: 'Programmering',
  programmeStatusReason: 'Reden',
};

/** /plannen/:id: everything about one plan, and its history. */
export function PlanDetailPage() {
  const { id = '' } = useParams();
  const location = useLocation();
  const saved = (location.state as { saved?: string } | null)?.saved;
  const plan = useQuery({ queryKey: ['plan', id], queryFn: () => api.plan(id) });
  usePageTitle(plan.data?.name ?? 'Plan');
  if (plan.isPending) return <Loading label="Plan laden…" />;
  if (plan.isError) return <QueryError error={plan.error} />;
  const p = plan.data;
  return (
    <>
      <p className="wr-breadcrumb">
        <Link to="/plannen">Plannen</Link>
      </p>
      {saved && (
        <div className="utrecht-alert utrecht-alert--ok" role="status">
          <p className="utrecht-paragraph">Het plan is {saved}.</p>
        </div>
      )}
      <div className="wr-page-head">
        <div>
          <h1 className="utrecht-heading-1">{p.name}</h1>
          <p className="wr-lead">
            {p.municipalityName} · {phaseLabel(p.phase)} · {formatNumber(p.totals.homes)} woningen ·{' '}
            <HardnessBadge hardness={p.hardness} />
          </p>
        </div>
        <div className="wr-actions">
          <Link
            to={`/plannen/${p.id}/planning`}
            className="utrecht-button-link utrecht-button-link--secondary-action"
          >
            Planning
          </Link>
          {p.permissions.canEdit && (
            <Link
              to={`/plannen/${p.id}/bewerken`}
              className="utrecht-button-link utrecht-button-link--primary-action"
            >
              Bewerken
            </Link>
          )}
        </div>
      </div>
      <div className="wr-detail">
        <div className="wr-detail__main">
          <Section title="Gegevens">
            <dl className="wr-facts">
              <Fact label="Gemeente">{p.municipalityName}</Fact>
              <Fact label="Eigenaar">{p.owner.name}</Fact>
              <Fact label="Fase">{phaseLabel(p.phase)}</Fact>
              <Fact label="Planologische status">
                {PLANNING_STATUS_LABELS[p.planningStatus]} <HardnessBadge hardness={p.hardness} />
              </Fact>
              <Fact label="Plantype">{p.planType ?? 'Onbekend'}</Fact>
              <Fact label="Zichtbaar voor">{VISIBILITY_LABELS[p.visibility]}</Fact>
              <Fact label="Locatie">
                {p.address ?? ''}
                {p.location
                  ? `${p.address ? ' · ' : ''}${p.location.lat.toLocaleString('nl-NL')}, ${p.location.lon.toLocaleString('nl-NL')}`
                  : p.address
                    ? ''
                    : 'Onbekend'}
              </Fact>
              <Fact label="Knelpunten">{p.bottlenecks.length ? p.bottlenecks.join(', ') : 'Geen'}</Fact>
              <Fact label="Deadline">{formatDate(p.deadline)}</Fact>
              <Fact label="Volgende mijlpaal">
                {p.nextMilestone ? `${p.nextMilestone.label} (${formatDate(p.nextMilestone.date)})` : '–'}
              </Fact>
              {p.fictional && <Fact label="Herkomst">Fictief demoplan</Fact>}
            </dl>
            {p.notes && <p className="utrecht-paragraph wr-notes">{p.notes}</p>}
          </Section>

          <Section title="Woningen per segment">
            <table className="utrecht-table utrecht-table--html-table wr-table">
              <thead className="utrecht-table__header">
                <tr className="utrecht-table__row">
                  <th className="utrecht-table__header-cell" scope="col">
                    Segment
                  </th>
                  <th className="utrecht-table__header-cell wr-num" scope="col">
                    Woningen
                  </th>
                  <th className="utrecht-table__header-cell wr-num" scope="col">
                    GBO (m²)
                  </th>
                  <th className="utrecht-table__header-cell wr-num" scope="col">
                    Huur per maand
                  </th>
                  <th className="utrecht-table__header-cell wr-num" scope="col">
                    Koopprijs
                  </th>
                </tr>
              </thead>
              <tbody className="utrecht-table__body">
                {p.segments.map((line, index) => (
                  // biome-ignore lint/suspicious/noArrayIndexKey: segment lines have no id and do not reorder here
                  <tr className="utrecht-table__row" key={index}>
                    <td className="utrecht-table__cell">{SEGMENT_LABELS[line.segment]}</td>
                    <td className="utrecht-table__cell wr-num">{formatNumber(line.homes)}</td>
                    <td className="utrecht-table__cell wr-num">{formatNumber(line.usableAreaM2)}</td>
                    <td className="utrecht-table__cell wr-num">{formatEuro(line.monthlyRentEur)}</td>
                    <td className="utrecht-table__cell wr-num">{formatEuro(line.priceEur)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </Section>

          <PlanComplianceSection planId={p.id} />
          <PlanInstrumentLinks planId={p.id} homes={p.totals.homes} />

          <Section title="Programmering" testId="programming">
            <ProgrammeStatusPanel plan={p} />
          </Section>

          <Section title="Oplevering per jaar">
            {p.deliveries.length ? (
              <ul className="wr-years">
                {p.deliveries.map((line) => (
                  <li key={line.year}>
                    <strong>{line.year}</strong> {formatNumber(line.homes)} woningen
                  </li>
                ))}
              </ul>
            ) : (
              <p className="utrecht-paragraph">Nog niet ingevuld.</p>
            )}
          </Section>

          <Section title="Partijen">
            {p.parties.length ? (
              <ul className="utrecht-unordered-list">
                {p.parties.map((party) => (
                  <li className="utrecht-unordered-list__item" key={`${party.organisationId}:${party.role}`}>
                    {party.organisationName} ({PARTY_ROLE_LABELS[party.role].toLowerCase()})
                  </li>
                ))}
              </ul>
            ) : (
              <p className="utrecht-paragraph">Geen andere partijen.</p>
            )}
          </Section>

          <PlanContacts planId={p.id} canEdit={p.permissions.canEdit} />
          <PlanAgreements planId={p.id} />
          <Section title="Gebruikte kennis">
            <PlanKnowledgeLinks planId={p.id} />
          </Section>

          {p.permissions.canSeeBusinessCase && <BusinessCase plan={p} />}

          <History id={p.id} />
        </div>
        <aside className="wr-detail__side" aria-label="Normen en overleg">
          <NormsPanel norms={p.norms} limitsYear={null} />
          <PutOnAgenda kind="plan" id={p.id} title={p.name} />
        </aside>
      </div>
    </>
  );
}

function BusinessCase({ plan }: { plan: Plan }) {
  const bc = plan.businessCase;
  return (
    <Section title="Businesscase (vertrouwelijk)" testId="business-case">
      {bc ? (
        <dl className="wr-facts">
          <Fact label="Investering">{formatEuro(bc.investmentEur)}</Fact>
          <Fact label="Opbrengsten">{formatEuro(bc.revenueEur)}</Fact>
          <Fact label="Onrendabele top">{formatEuro(bc.unprofitableTopEur)}</Fact>
          {bc.notes && <Fact label="Toelichting">{bc.notes}</Fact>}
        </dl>
      ) : (
        <p className="utrecht-paragraph">Nog geen businesscase ingevuld.</p>
      )}
    </Section>
  );
}

/** A field's value in the history, in words. */
function describeValue(field: string, value: unknown): string {
  if (value === null || value === undefined || value === '') return 'leeg';
  if (Array.isArray(value)) {
    if (value.length === 0) return 'leeg';
    if (field === 'segments') {
      return value
        .map(
          (line: { segment: keyof typeof SEGMENT_LABELS; homes: number }) =>
            `${formatNumber(line.homes)} ${SEGMENT_LABELS[line.segment]?.toLowerCase() ?? line.segment}`,
        )
        .join(', ');
    }
    if (field === 'deliveries') {
      return value
        .map((line: { year: number; homes: number }) => `${line.year}: ${formatNumber(line.homes)}`)
        .join(', ');
    }
    if (field === 'parties') return `${value.length} partij${value.length === 1 ? '' : 'en'}`;
    return value.join(', ');
  }
  if (field === 'location' && typeof value === 'object') {
    const { lat, lon } = value as { lat: number; lon: number };
    return `${lat.toLocaleString('nl-NL')}, ${lon.toLocaleString('nl-NL')}`;
  }
  if (field === 'nextMilestone' && typeof value === 'object') {
    const { label, date } = value as { label: string; date: string };
    return `${label} (${formatDate(date)})`;
  }
  if (field === 'businessCase') return 'gewijzigd';
  if (field === 'visibility')
    return VISIBILITY_LABELS[value as keyof typeof VISIBILITY_LABELS] ?? String(value);
  if (field === 'phase') return phaseLabel(value as Plan['phase']);
  if (field === 'programmeStatus') return PROGRAMME_STATUS_LABELS[value as ProgrammeStatus] ?? String(value);
  if (typeof value === 'object') return 'gewijzigd';
  return String(value);
}

function History({ id }: { id: string }) {
  const versions = useQuery({ queryKey: ['plan-versions', id], queryFn: () => api.planVersions(id) });
  return (
    <Section title="Geschiedenis">
      {versions.isPending && <Loading label="Geschiedenis laden…" />}
      {versions.isError && <QueryError error={versions.error} />}
      {versions.data && (
        <ol className="wr-history" data-testid="history">
          {versions.data.items.map((version) => (
            <HistoryItem key={version.version} version={version} />
          ))}
        </ol>
      )}
    </Section>
  );
}

function HistoryItem({ version }: { version: PlanVersion }) {
  const created = version.version === 1;
  return (
    <li className="wr-history__item">
      <p className="wr-history__head">
        <strong>Versie {version.version}</strong> · {formatDateTime(version.changedAt)} ·{' '}
        {version.changedBy.name}
        {version.changedBy.organisationName ? ` (${version.changedBy.organisationName})` : ''}
      </p>
      {created ? (
        <p className="utrecht-paragraph">Plan aangemaakt.</p>
      ) : version.changes.length === 0 ? (
        <p className="utrecht-paragraph">Geen zichtbare wijzigingen.</p>
      ) : (
        <ul className="wr-history__changes">
          {version.changes.map((change) => (
            <li key={change.field}>
              {FIELD_NAMES[change.field] ?? change.field}:{' '}
              {change.field === 'businessCase' ? (
                'gewijzigd'
              ) : (
                <>
                  <del>{describeValue(change.field, change.before)}</del> →{' '}
                  <ins>{describeValue(change.field, change.after)}</ins>
                </>
              )}
            </li>
          ))}
        </ul>
      )}
    </li>
  );
}

function Section({ title, children, testId }: { title: string; children: ReactNode; testId?: string }) {
  return (
    <section className="wr-section" data-testid={testId}>
      <h2 className="utrecht-heading-2">{title}</h2>
      {children}
    </section>
  );
}

function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="wr-fact">
      <dt>{label}</dt>
      <dd>{children}</dd>
    </div>
  );
}
