import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { Link } from 'react-router';
import { SEGMENT_LABELS } from '../../../core/programme';
import { Field } from '../../components/Field';
import { Loading, QueryError } from '../../components/Status';
import { formatEuro } from '../../format';
import {
  type CompensationMethod,
  instrumentsApi,
  type MunicipalityInstruments,
  type OrdinanceRule,
} from './instruments-api';

type RuleField = 'minUsableAreaM2' | 'maxMonthlyRentEur' | 'maxPriceEur';
const RULE_FIELDS: { field: RuleField; label: string; for: OrdinanceRule['segment'][] }[] = [
  { field: 'minUsableAreaM2', label: 'Minimaal m² GBO', for: ['socialRent', 'midRent', 'affordableBuy'] },
  { field: 'maxMonthlyRentEur', label: 'Huur tot (€ per maand)', for: ['midRent'] },
  { field: 'maxPriceEur', label: 'Prijs tot (€)', for: ['affordableBuy'] },
];

const text = (value: number | null | undefined) => (value == null ? '' : String(value));

/** A number typed as text: empty is null; anything else must be a positive number. */
function parse(value: string): number | null | 'invalid' {
  const clean = value.trim().replace(/\./g, '').replace(',', '.');
  if (clean === '') return null;
  const n = Number(clean);
  return Number.isFinite(n) && n > 0 ? n : 'invalid';
}

/** The scheme's amounts as editable fields, by a key per amount. */
function schemeFields(method: CompensationMethod): { key: string; label: string; value: number }[] {
  switch (method.kind) {
    case 'flatPerHome':
      return [{ key: 'amount', label: 'Bedrag per ontbrekende woning (€)', value: method.amountEur }];
    case 'perSegment':
      return Object.entries(method.amountsEur).map(([segment, value]) => ({
        key: segment,
        label: `${SEGMENT_LABELS[segment as keyof typeof SEGMENT_LABELS]} (€ per woning)`,
        value: value as number,
      }));
    case 'landValueDifference':
      return method.areas.map((area) => ({
        key: area.area,
        label: `Grondwaarde vrije sector ${area.area} (€)`,
        value: area.freeSectorLandValueEur,
      }));
  }
}

function withAmounts(method: CompensationMethod, values: Record<string, number>): CompensationMethod {
  switch (method.kind) {
    case 'flatPerHome':
      return { kind: 'flatPerHome', amountEur: values.amount ?? method.amountEur };
    case 'perSegment':
      return {
        kind: 'perSegment',
        amountsEur: Object.fromEntries(
          Object.keys(method.amountsEur).map((s) => [s, values[s] ?? method.amountsEur[s as 'midRent']]),
        ),
      };
    case 'landValueDifference':
      return {
        kind: 'landValueDifference',
        areas: method.areas.map((area) => ({
          ...area,
          freeSectorLandValueEur: values[area.area] ?? area.freeSectorLandValueEur,
        })),
      };
  }
}

/** Change the ordinance's or the scheme's numbers and see which plans change and what the fund would receive. */
export function PolicyWhatIf({ municipality }: { municipality: MunicipalityInstruments }) {
  const rules = municipality.ordinance?.rules ?? [];
  const scheme = municipality.scheme;
  const [ruleText, setRuleText] = useState<Record<string, string>>(() =>
    Object.fromEntries(
      rules.flatMap((rule) => RULE_FIELDS.map((f) => [`${rule.segment}.${f.field}`, text(rule[f.field])])),
    ),
  );
  const [schemeText, setSchemeText] = useState<Record<string, string>>(() =>
    Object.fromEntries((scheme ? schemeFields(scheme.method) : []).map((f) => [f.key, String(f.value)])),
  );
  const [errors, setErrors] = useState<Record<string, string>>({});
  const run = useMutation({
    mutationFn: (body: Parameters<typeof instrumentsApi.whatIf>[1]) =>
      instrumentsApi.whatIf(municipality.code, body),
  });
  const idOf = (key: string) => `watals-${municipality.code}-${key.replace(/\W+/g, '-')}`;

  const submit = () => {
    const found: Record<string, string> = {};
    const newRules: OrdinanceRule[] = rules.map((rule) => {
      const next = { ...rule };
      for (const f of RULE_FIELDS) {
        if (!f.for.includes(rule.segment)) continue;
        const value = parse(ruleText[`${rule.segment}.${f.field}`] ?? '');
        if (value === 'invalid')
          found[`${rule.segment}.${f.field}`] = 'Vul een positief getal in, of laat leeg (geen eis).';
        else next[f.field] = value;
      }
      return next;
    });
    const amounts: Record<string, number> = {};
    for (const [key, value] of Object.entries(schemeText)) {
      const parsed = parse(value);
      if (parsed === null || parsed === 'invalid') found[`scheme.${key}`] = 'Vul een bedrag in groter dan 0.';
      else amounts[key] = parsed;
    }
    setErrors(found);
    if (Object.keys(found).length > 0) return;
    run.mutate({
      ...(rules.length ? { ordinanceRules: newRules } : {}),
      ...(scheme ? { schemeMethod: withAmounts(scheme.method, amounts) } : {}),
    });
  };

  return (
    <form
      className="wr-policy-whatif"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        submit();
      }}
    >
      <p className="wr-small">
        Pas een getal aan en reken door: je ziet welke plannen van {municipality.name} anders uitkomen en wat
        het fonds zou ontvangen. Er wordt niets opgeslagen.
      </p>
      {rules.map((rule) => (
        <fieldset key={rule.segment} className="utrecht-form-fieldset wr-fieldset wr-policy-whatif__row">
          <legend className="utrecht-form-fieldset__legend">{SEGMENT_LABELS[rule.segment]}</legend>
          {RULE_FIELDS.filter((f) => f.for.includes(rule.segment)).map((f) => {
            const key = `${rule.segment}.${f.field}`;
            return (
              <Field
                key={key}
                id={idOf(key)}
                label={`${f.label}, ${SEGMENT_LABELS[rule.segment].toLowerCase()}`}
                error={errors[key]}
              >
                {(props) => (
                  <input
                    {...props}
                    className="utrecht-textbox utrecht-textbox--html-input"
                    inputMode="decimal"
                    value={ruleText[key] ?? ''}
                    onChange={(event) => setRuleText({ ...ruleText, [key]: event.target.value })}
                  />
                )}
              </Field>
            );
          })}
        </fieldset>
      ))}
      {scheme && (
        <fieldset className="utrecht-form-fieldset wr-fieldset wr-policy-whatif__row">
          <legend className="utrecht-form-fieldset__legend">Compensatieregeling</legend>
          {schemeFields(scheme.method).map((f) => (
            <Field key={f.key} id={idOf(`scheme.${f.key}`)} label={f.label} error={errors[`scheme.${f.key}`]}>
              {(props) => (
                <input
                  {...props}
                  className="utrecht-textbox utrecht-textbox--html-input"
                  inputMode="decimal"
                  value={schemeText[f.key] ?? ''}
                  onChange={(event) => setSchemeText({ ...schemeText, [f.key]: event.target.value })}
                />
              )}
            </Field>
          ))}
        </fieldset>
      )}
      <div className="wr-actions">
        <button
          type="submit"
          className="utrecht-button utrecht-button--primary-action"
          disabled={run.isPending}
        >
          {run.isPending ? 'Doorrekenen…' : `Doorrekenen voor ${municipality.name}`}
        </button>
      </div>
      {run.isPending && <Loading label="Plannen doorrekenen…" />}
      {run.isError && <QueryError error={run.error} />}
      {run.isSuccess && (
        <div aria-live="polite">
          <p className="utrecht-paragraph" role="status">
            <strong>{run.data.summary.sentence}</strong>
          </p>
          {run.data.lines.length > 0 && (
            <div className="wr-table-scroll">
              <table className="utrecht-table wr-table">
                <caption className="utrecht-table__caption">Plannen die anders uitkomen</caption>
                <thead className="utrecht-table__header">
                  <tr className="utrecht-table__row">
                    <th className="utrecht-table__header-cell" scope="col">
                      Plan
                    </th>
                    <th className="utrecht-table__header-cell" scope="col">
                      Verordening nu
                    </th>
                    <th className="utrecht-table__header-cell" scope="col">
                      Met de wijziging
                    </th>
                    <th className="utrecht-table__header-cell wr-num" scope="col">
                      Afdracht nu
                    </th>
                    <th className="utrecht-table__header-cell wr-num" scope="col">
                      Afdracht met de wijziging
                    </th>
                  </tr>
                </thead>
                <tbody className="utrecht-table__body">
                  {run.data.lines.map((line) => (
                    <tr className="utrecht-table__row" key={line.planId}>
                      <th className="utrecht-table__header-cell" scope="row">
                        <Link to={`/plannen/${line.planId}`}>{line.planName}</Link>
                      </th>
                      <td className="utrecht-table__cell">
                        {line.compliant.before ? 'voldoet' : 'voldoet niet'}
                      </td>
                      <td className="utrecht-table__cell">
                        {line.compliant.after ? 'voldoet' : `voldoet niet: ${line.failing.after.join(' ')}`}
                      </td>
                      <td className="utrecht-table__cell wr-num">
                        {formatEuro(line.compensationEur.before)}
                      </td>
                      <td className="utrecht-table__cell wr-num">{formatEuro(line.compensationEur.after)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
        </div>
      )}
    </form>
  );
}
