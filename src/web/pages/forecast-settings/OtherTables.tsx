import {
  DEMAND_SCENARIOS,
  FORECAST_PHASES,
  type ForecastParameters,
} from '../../../core/monitor/forecast-parameters';
import { PHASE_LABELS } from '../../../core/programme';
import { type FormApi, InputCell, ProvenanceCell, ProvenanceText } from './cells';

function Head({ columns }: { columns: [string, boolean][] }) {
  return (
    <thead className="utrecht-table__header">
      <tr className="utrecht-table__row">
        {columns.map(([label, numeric]) => (
          <th key={label} className={`utrecht-table__header-cell${numeric ? ' wr-num' : ''}`} scope="col">
            {label}
          </th>
        ))}
      </tr>
    </thead>
  );
}

/** Per phase: the years until delivery of a plan without delivery years; and which phase extra capacity gets. */
export function LeadTimeTable({ parameters, form }: { parameters: ForecastParameters; form?: FormApi }) {
  const extra = parameters.extraCapacityPhase;
  return (
    <>
      <div className="wr-table-scroll">
        <table
          className="utrecht-table utrecht-table--html-table wr-table fp-table"
          data-testid="lead-time-table"
        >
          <caption className="wr-visually-hidden">Doorlooptijd tot oplevering per fase</caption>
          <Head
            columns={[
              ['Fase', false],
              ['Doorlooptijd', true],
              ['Bron of aanname', false],
            ]}
          />
          <tbody className="utrecht-table__body">
            {FORECAST_PHASES.map((phase) => {
              const key = `leadTimeYears.${phase}`;
              const lead = parameters.leadTimeYears[phase];
              return (
                <tr className="utrecht-table__row" key={key}>
                  <th className="utrecht-table__header-cell fp-phase" scope="row">
                    {PHASE_LABELS[phase]}
                  </th>
                  <td className="utrecht-table__cell wr-num">
                    <InputCell
                      form={form}
                      path={key}
                      label={`Doorlooptijd in jaren, ${PHASE_LABELS[phase]}`}
                      suffix=" jaar"
                      readOnlyText={String(lead.value)}
                    />
                  </td>
                  <td className="utrecht-table__cell fp-source">
                    <ProvenanceCell
                      form={form}
                      itemKey={key}
                      context={`doorlooptijd, ${PHASE_LABELS[phase]}`}
                      provenance={lead}
                    />
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      <p className="utrecht-paragraph fp-note" id="fp-extraCapacityPhase">
        Extra harde plancapaciteit rekent de prognose als een plan in de fase{' '}
        <strong>{PHASE_LABELS[extra.value].toLowerCase()}</strong>. <ProvenanceText provenance={extra} />
        {form?.errorAt('extraCapacityPhase') && (
          <span className="utrecht-form-field-error-message fp-error">
            {form.errorAt('extraCapacityPhase')}
          </span>
        )}
      </p>
    </>
  );
}

/** The demand scenarios: the factor each puts on the region's target. */
export function ScenarioTable({ parameters, form }: { parameters: ForecastParameters; form?: FormApi }) {
  return (
    <div className="wr-table-scroll">
      <table
        className="utrecht-table utrecht-table--html-table wr-table fp-table"
        data-testid="scenario-table"
      >
        <caption className="wr-visually-hidden">Vraagscenario's en hun factor op de opgave</caption>
        <Head
          columns={[
            ['Scenario', false],
            ['Factor op de opgave', true],
            ['Bron of aanname', false],
          ]}
        />
        <tbody className="utrecht-table__body">
          {DEMAND_SCENARIOS.map((scenario) => {
            const key = `scenarios.${scenario}`;
            const entry = parameters.scenarios[scenario];
            return (
              <tr className="utrecht-table__row" key={key}>
                <th className="utrecht-table__header-cell fp-phase" scope="row">
                  {entry.label}
                </th>
                <td className="utrecht-table__cell wr-num">
                  <InputCell
                    form={form}
                    path={key}
                    label={`Factor op de opgave, ${entry.label}`}
                    suffix="×"
                    readOnlyText={String(entry.targetFactor).replace('.', ',')}
                  />
                </td>
                <td className="utrecht-table__cell fp-source">
                  <ProvenanceCell
                    form={form}
                    itemKey={key}
                    context={`factor, ${entry.label}`}
                    provenance={entry}
                  />
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
