import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { Loading, QueryError } from '../../components/Status';
import { usePageTitle } from '../../components/usePageTitle';
import { formatDate, formatDateTime } from '../../format';
import { AgreementEditForm } from './AgreementEditForm';
import { type Agreement, agreementsApi, type Commitment } from './agreements-api';
import { CommitmentForm } from './CommitmentForm';
import { Confirm } from './Confirm';
import { ActualCell, formatAmount, StatusBadge, StatusSummary } from './parts';

/** /afspraken/:id: one agreement, its parties and their commitments, edited in place by the parties and the region. */
export function AgreementPage() {
  const { id = '' } = useParams();
  const agreement = useQuery({ queryKey: ['agreement', id], queryFn: () => agreementsApi.get(id) });
  usePageTitle(agreement.data?.title ?? 'Afspraak');
  return (
    <>
      <p className="wr-breadcrumb">
        <Link to="/afspraken">Afspraken</Link>
      </p>
      {agreement.isPending && <Loading label="Afspraak laden…" />}
      {agreement.isError && <QueryError error={agreement.error} />}
      {agreement.data && <AgreementView agreement={agreement.data} />}
    </>
  );
}

function AgreementView({ agreement }: { agreement: Agreement }) {
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const [adding, setAdding] = useState(false);
  const [confirmDelete, setConfirmDelete] = useState(false);
  const [editing, setEditing] = useState(false);
  const update = (next: Agreement) => {
    queryClient.setQueryData(['agreement', agreement.id], next);
    queryClient.invalidateQueries({ queryKey: ['agreements'] });
  };
  const remove = useMutation({
    mutationFn: () => agreementsApi.remove(agreement.id),
    onSuccess: () => {
      queryClient.invalidateQueries({ queryKey: ['agreements'] });
      navigate('/afspraken');
    },
  });
  const computed = agreement.commitments.filter((c) => c.progress.basis === 'computed').length;
  return (
    <>
      <h1 className="utrecht-heading-1">
        {agreement.title}
        {agreement.demo && <span className="wr-badge wr-badge--internal wr-badge--small">demo</span>}
      </h1>
      <dl className="wr-facts">
        <div className="wr-fact">
          <dt>Soort</dt>
          <dd>{agreement.kindLabel}</dd>
        </div>
        <div className="wr-fact">
          <dt>Jaar</dt>
          <dd>{agreement.year}</dd>
        </div>
        <div className="wr-fact">
          <dt>Gemeente</dt>
          <dd>{agreement.municipalityName ?? 'De hele regio'}</dd>
        </div>
        <div className="wr-fact">
          <dt>Stand</dt>
          <dd>
            <StatusSummary byStatus={agreement.summary.byStatus} />
          </dd>
        </div>
      </dl>
      <p className="utrecht-paragraph">
        <strong>Partijen:</strong>{' '}
        {agreement.parties.map((p) => `${p.name} (${p.kindLabel.toLowerCase()})`).join(', ')}
      </p>
      {agreement.source && <p className="utrecht-paragraph wr-small">Bron: {agreement.source}</p>}
      {agreement.canEdit &&
        (editing ? (
          <AgreementEditForm
            agreement={agreement}
            onSaved={(next) => {
              update(next);
              setEditing(false);
            }}
            onCancel={() => setEditing(false)}
          />
        ) : (
          <div className="wr-actions wr-no-print">
            <button
              type="button"
              className="utrecht-button utrecht-button--secondary-action"
              onClick={() => setEditing(true)}
            >
              Titel, jaar en partijen wijzigen
            </button>
          </div>
        ))}
      {agreement.notes && <p className="utrecht-paragraph">{agreement.notes}</p>}
      <p className="utrecht-paragraph wr-small wr-muted">
        {computed > 0
          ? `${computed} ${computed === 1 ? 'realisatie wordt' : 'realisaties worden'} berekend uit de gekoppelde plannen (“berekend”); de andere zijn ingevuld door de partijen (“ingevoerd”). `
          : 'Alle realisaties zijn ingevuld door de partijen (“ingevoerd”). '}
        Laatst gewijzigd {formatDateTime(agreement.updatedAt)}.
      </p>
      {agreement.parties.map((party) => (
        <PartySection
          key={party.organisationId}
          agreement={agreement}
          partyId={party.organisationId}
          onChange={update}
        />
      ))}
      {agreement.commitments.length === 0 && (
        <p className="wr-empty">
          Deze afspraak heeft nog geen toezeggingen. {agreement.canEdit ? 'Voeg de eerste toe.' : ''}
        </p>
      )}
      {agreement.canEdit && (
        <section className="wr-section" aria-labelledby="toevoegen">
          <h2 className="utrecht-heading-2" id="toevoegen">
            Toezegging toevoegen
          </h2>
          {adding ? (
            <CommitmentForm
              agreement={agreement}
              idPrefix="nieuw"
              onSave={async (body) => {
                update(await agreementsApi.addCommitment(agreement.id, body));
                setAdding(false);
              }}
              onCancel={() => setAdding(false)}
            />
          ) : (
            <button
              type="button"
              className="utrecht-button utrecht-button--secondary-action"
              onClick={() => setAdding(true)}
            >
              Toezegging toevoegen
            </button>
          )}
        </section>
      )}
      {agreement.canEdit && (
        <section className="wr-section wr-no-print" aria-labelledby="verwijderen">
          <h2 className="utrecht-heading-3" id="verwijderen">
            Afspraak verwijderen
          </h2>
          {confirmDelete ? (
            <Confirm
              text={`“${agreement.title}” met ${agreement.commitments.length} toezeggingen verwijderen? Dit kan niet ongedaan worden gemaakt; het logboek bewaart wat er stond.`}
              yes="Ja, afspraak verwijderen"
              pending={remove.isPending}
              error={remove.error}
              onYes={() => remove.mutate()}
              onNo={() => setConfirmDelete(false)}
            />
          ) : (
            <button
              type="button"
              className="utrecht-button utrecht-button--secondary-action"
              onClick={() => setConfirmDelete(true)}
            >
              Afspraak verwijderen
            </button>
          )}
        </section>
      )}
    </>
  );
}

function PartySection({
  agreement,
  partyId,
  onChange,
}: {
  agreement: Agreement;
  partyId: string;
  onChange: (a: Agreement) => void;
}) {
  const party = agreement.parties.find((p) => p.organisationId === partyId);
  const items = agreement.commitments.filter((c) => c.party.organisationId === partyId);
  if (!party || items.length === 0) return null;
  const headingId = `partij-${partyId}`;
  return (
    <section className="wr-section" aria-labelledby={headingId}>
      <h2 className="utrecht-heading-2" id={headingId}>
        {party.name} <span className="wr-muted wr-small">{party.kindLabel}</span>
      </h2>
      <ul className="wr-commitments">
        {items.map((c) => (
          <CommitmentItem key={c.id} agreement={agreement} commitment={c} onChange={onChange} />
        ))}
      </ul>
    </section>
  );
}

function CommitmentItem({
  agreement,
  commitment: c,
  onChange,
}: {
  agreement: Agreement;
  commitment: Commitment;
  onChange: (a: Agreement) => void;
}) {
  const [mode, setMode] = useState<'view' | 'edit' | 'delete'>('view');
  const remove = useMutation({
    mutationFn: () => agreementsApi.removeCommitment(c.id),
    onSuccess: onChange,
  });
  return (
    <li className="wr-commitment" data-testid="toezegging">
      <div className="wr-commitment__head">
        <h3 className="utrecht-heading-4 wr-commitment__topic">{c.topicLabel}</h3>
        <span className="wr-small wr-muted">{c.typeLabel}</span>
        <StatusBadge status={c.status} />
      </div>
      {mode === 'edit' ? (
        <CommitmentForm
          agreement={agreement}
          commitment={c}
          idPrefix={`t-${c.id}`}
          onSave={async (body) => {
            onChange(await agreementsApi.updateCommitment(c.id, { ...body, version: c.version }));
            setMode('view');
          }}
          onCancel={() => setMode('view')}
        />
      ) : (
        <>
          <p className="utrecht-paragraph wr-commitment__text">{c.description}</p>
          <dl className="wr-commitment__facts">
            {c.type !== 'process' && (
              <>
                <div>
                  <dt>Doel</dt>
                  <dd>{formatAmount(c.target, c.unit)}</dd>
                </div>
                <div>
                  <dt>Realisatie</dt>
                  <dd>
                    <ActualCell commitment={c} />
                  </dd>
                </div>
              </>
            )}
            <div>
              <dt>Uiterlijk</dt>
              <dd>{formatDate(c.dueDate)}</dd>
            </div>
            {c.suggestedStatus && c.suggestedStatus !== c.status && (
              <div>
                <dt>De plannen wijzen op</dt>
                <dd>
                  <StatusBadge status={c.suggestedStatus} />
                </dd>
              </div>
            )}
          </dl>
          {c.plans.length > 0 && (
            <p className="utrecht-paragraph wr-small">
              Plannen:{' '}
              {c.plans.map((p, i) => (
                <span key={p.id}>
                  {i > 0 && ', '}
                  <Link to={`/plannen/${p.id}`}>{p.name}</Link>
                </span>
              ))}
            </p>
          )}
          {c.evidence && <p className="utrecht-paragraph wr-small">Bewijs: {c.evidence}</p>}
          {agreement.canEdit && mode === 'view' && (
            <div className="wr-actions wr-no-print">
              <button
                type="button"
                className="utrecht-button utrecht-button--secondary-action"
                onClick={() => setMode('edit')}
                aria-label={`Wijzigen: ${c.topicLabel}, ${c.party.name}`}
              >
                Wijzigen
              </button>
              <button
                type="button"
                className="utrecht-button utrecht-button--subtle"
                onClick={() => setMode('delete')}
                aria-label={`Verwijderen: ${c.topicLabel}, ${c.party.name}`}
              >
                Verwijderen
              </button>
            </div>
          )}
          {mode === 'delete' && (
            <Confirm
              text={`Toezegging “${c.topicLabel}” van ${c.party.name} verwijderen? Het logboek bewaart wat er stond.`}
              yes="Ja, verwijderen"
              pending={remove.isPending}
              error={remove.error}
              onYes={() => remove.mutate()}
              onNo={() => setMode('view')}
            />
          )}
        </>
      )}
    </li>
  );
}
