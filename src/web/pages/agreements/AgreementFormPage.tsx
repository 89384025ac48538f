import { useMutation, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { AGREEMENT_KINDS, type AgreementKind, KIND_LABELS } from '../../../core/agreements';
import { ApiError, api, fieldErrors } from '../../api';
import { ErrorSummary, SelectField, TextField } from '../../components/Field';
import { useMe } from '../../components/session';
import { usePageTitle } from '../../components/usePageTitle';
import { agreementsApi } from './agreements-api';
import { PartyPicker } from './PartyPicker';

const IDS: Record<string, string> = {
  kind: 'afspraak-soort',
  year: 'afspraak-jaar',
  municipalityCode: 'afspraak-gemeente',
  title: 'afspraak-titel',
  partyIds: 'afspraak-partijen',
  source: 'afspraak-bron',
};

/**
 * /afspraken/nieuw: a new agreement — prestatieafspraken of a municipality with its corporations and tenants'
 * organisations, or (the region) a regional agreement, the woonvisie's action points or the RAP. Commitments are added
 * on the agreement's page.
 */
export function AgreementFormPage() {
  usePageTitle('Nieuwe afspraak');
  const me = useMe();
  const navigate = useNavigate();
  const isRegion = me.organisation.kind === 'region';
  const [kind, setKind] = useState<AgreementKind>('performance');
  const [year, setYear] = useState(String(new Date().getFullYear()));
  const [municipality, setMunicipality] = useState(me.organisation.cbsCode ?? '');
  const [title, setTitle] = useState('');
  const [partyIds, setPartyIds] = useState<string[]>([me.organisation.id]);
  const [source, setSource] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const municipalities = useQuery({ queryKey: ['municipalities'], queryFn: api.municipalities });
  const save = useMutation({
    mutationFn: () =>
      agreementsApi.create({
        kind,
        year: Number(year),
        municipalityCode: kind === 'performance' ? municipality || null : null,
        title: title.trim(),
        partyIds,
        source: source.trim() || null,
        notes: null,
      }),
    onSuccess: (created) => navigate(`/afspraken/${created.id}`),
    onError: (error) =>
      setErrors(
        error instanceof ApiError && error.errors.length
          ? fieldErrors(error, (path) => path.split('.')[0] ?? 'title')
          : { title: error instanceof Error ? error.message : String(error) },
      ),
  });
  const submit = () => {
    const found: Record<string, string> = {};
    if (!/^\d{4}$/.test(year)) found.year = 'Vul een jaar in, bijvoorbeeld 2026.';
    if (kind === 'performance' && !municipality) found.municipalityCode = 'Kies de gemeente.';
    if (title.trim().length < 5) found.title = 'Geef de afspraak een titel van minstens 5 tekens.';
    if (partyIds.length === 0) found.partyIds = 'Kies minstens één partij.';
    setErrors(found);
    if (Object.keys(found).length === 0) save.mutate();
  };
  return (
    <>
      <p className="wr-breadcrumb">
        <Link to="/afspraken">Afspraken</Link>
      </p>
      <h1 className="utrecht-heading-1">Nieuwe afspraak</h1>
      <form
        className="wr-narrow"
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          submit();
        }}
      >
        <ErrorSummary
          title="De afspraak is nog niet bewaard. Controleer:"
          errors={Object.entries(errors).map(([f, message]) => ({ id: IDS[f] ?? IDS.title ?? '', message }))}
        />
        <SelectField
          id={IDS.kind as string}
          label="Soort afspraak"
          help={isRegion ? undefined : 'Regionale afspraken, de woonvisie en het RAP legt de regio vast.'}
          value={kind}
          onChange={(v) => setKind(v as AgreementKind)}
          options={AGREEMENT_KINDS.filter((k) => isRegion || k === 'performance').map(
            (k) => [k, KIND_LABELS[k]] as const,
          )}
          error={errors.kind}
        />
        <div className="wr-grid-2">
          <TextField
            id={IDS.year as string}
            label="Jaar"
            value={year}
            onChange={setYear}
            inputMode="numeric"
            error={errors.year}
          />
          {kind === 'performance' && (
            <SelectField
              id={IDS.municipalityCode as string}
              label="Gemeente"
              value={municipality}
              onChange={setMunicipality}
              placeholder="Kies de gemeente"
              options={(municipalities.data?.items ?? []).map((m) => [m.code, m.name] as const)}
              error={errors.municipalityCode}
            />
          )}
        </div>
        <TextField
          id={IDS.title as string}
          label="Titel"
          help="Bijvoorbeeld: Prestatieafspraken Hilversum 2027."
          value={title}
          onChange={setTitle}
          error={errors.title}
        />
        <PartyPicker
          id={IDS.partyIds as string}
          value={partyIds}
          onChange={setPartyIds}
          error={errors.partyIds}
        />
        <TextField
          id={IDS.source as string}
          label="Bron (niet verplicht)"
          help="Waar staat de afspraak, bijvoorbeeld een link naar het getekende document."
          value={source}
          onChange={setSource}
          error={errors.source}
        />
        <div className="wr-actions">
          <button
            type="submit"
            className="utrecht-button utrecht-button--primary-action"
            disabled={save.isPending}
          >
            {save.isPending ? 'Bewaren…' : 'Afspraak bewaren'}
          </button>
          <Link to="/afspraken" className="utrecht-link">
            Annuleren
          </Link>
        </div>
      </form>
    </>
  );
}
