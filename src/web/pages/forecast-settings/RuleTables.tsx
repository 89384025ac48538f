import {
  FORECAST_HARDNESSES,
  FORECAST_PHASES,
  type ForecastHardness,
  type ForecastParameters,
  type ForecastPhase,
} from '../../../core/monitor/forecast-parameters';
import { HARDNESS_LABELS, PHASE_LABELS } from '../../../core/programme';
import { HardnessBadge } from '../../components/labels';
import { type FormApi, InputCell, ProvenanceCell } from './cells';
import { delayYears, toPercentText } from './forecast-form-state';
import { delaySum } from './validate-form';

const ROWS = FORECAST_PHASES.flatMap((phase) => FORECAST_HARDNESSES.map((hardness) => ({ phase, hardness })));

function context(phase: ForecastPhase, hardness: ForecastHardness) {
  return `${PHASE_LABELS[phase]}, ${HARDNESS_LABELS[hardness].toLowerCase()}`;
}

function RowHead({ phase, hardness }: { phase: ForecastPhase; hardness: ForecastHardness }) {
  return (
    <>
      <th className="utrecht-table__header-cell" scope="row">
        {PHASE_LABELS[phase]}
      </th>
      <td className="utrecht-table__cell">
        <HardnessBadge hardness={hardness} />
      </td>
    </>
  );
}

/** Per phase and hardness: the chance that a plan goes ahead, with its source or assumption. */
export function ChanceTable({ parameters, form }: { parameters: ForecastParameters; form?: FormApi }) {
  return (
    <div className="wr-table-scroll">
      <table className="utrecht-table utrecht-table--html-table wr-table fp-table" data-testid="chance-table">
        <caption className="fp-caption">Kans dat een plan doorgaat</caption>
        <thead className="utrecht-table__header">
          <tr className="utrecht-table__row">
            <th className="utrecht-table__header-cell fp-phase" scope="col">
              Fase
            </th>
            <th className="utrecht-table__header-cell" scope="col">
              Hardheid
            </th>
            <th className="utrecht-table__header-cell wr-num" scope="col">
              Kans
            </th>
            <th className="utrecht-table__header-cell" scope="col">
              Bron of aanname
            </th>
          </tr>
        </thead>
        <tbody className="utrecht-table__body">
          {ROWS.map(({ phase, hardness }) => {
            const key = `rules.${phase}.${hardness}.goAhead`;
            const rule = parameters.rules[phase][hardness].goAhead;
            return (
              <tr className="utrecht-table__row" key={key}>
                <RowHead phase={phase} hardness={hardness} />
                <td className="utrecht-table__cell wr-num">
                  <InputCell
                    form={form}
                    path={key}
                    label={`Kans doorgaan in %, ${context(phase, hardness)}`}
                    suffix="%"
                    readOnlyText={toPercentText(rule.value)}
                  />
                </td>
                <td className="utrecht-table__cell fp-source">
                  <ProvenanceCell
                    form={form}
                    itemKey={key}
                    context={`kans doorgaan, ${context(phase, hardness)}`}
                    provenance={rule}
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

/** Per phase and hardness: the chance of each whole year of delay, their sum, and the source or assumption. */
export function DelayTable({ parameters, form }: { parameters: ForecastParameters; form?: FormApi }) {
  const years = delayYears(parameters);
  return (
    <div className="wr-table-scroll">
      <table className="utrecht-table utrecht-table--html-table wr-table fp-table" data-testid="delay-table">
        <caption className="fp-caption">Vertraging in hele jaren (kans per aantal jaren)</caption>
        <thead className="utrecht-table__header">
          <tr className="utrecht-table__row">
            <th className="utrecht-table__header-cell fp-phase" scope="col">
              Fase
            </th>
            <th className="utrecht-table__header-cell" scope="col">
              Hardheid
            </th>
            {years.map((year) => (
              <th key={year} className="utrecht-table__header-cell wr-num" scope="col">
                {year} jaar
              </th>
            ))}
            <th className="utrecht-table__header-cell wr-num" scope="col">
              Samen
            </th>
            <th className="utrecht-table__header-cell" scope="col">
              Bron of aanname
            </th>
          </tr>
        </thead>
        <tbody className="utrecht-table__body">
          {ROWS.map(({ phase, hardness }) => {
            const key = `rules.${phase}.${hardness}.delayYears`;
            const rule = parameters.rules[phase][hardness].delayYears;
            return (
              <tr className="utrecht-table__row" key={key}>
                <RowHead phase={phase} hardness={hardness} />
                {years.map((year) => (
                  <td key={year} className="utrecht-table__cell wr-num">
                    <InputCell
                      form={form}
                      path={`${key}.${year}`}
                      label={`Vertraging ${year} jaar in %, ${context(phase, hardness)}`}
                      suffix="%"
                      readOnlyText={toPercentText(rule.value[String(year)] ?? 0)}
                    />
                  </td>
                ))}
                <td className="utrecht-table__cell wr-num">
                  <DelaySum form={form} itemKey={key} years={years} stored={rule.value} />
                </td>
                <td className="utrecht-table__cell fp-source">
                  <ProvenanceCell
                    form={form}
                    itemKey={key}
                    context={`vertraging, ${context(phase, hardness)}`}
                    provenance={rule}
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

/** The sum of a delay row; flagged (with text, not colour alone) when it is not 100%. */
function DelaySum({
  form,
  itemKey,
  years,
  stored,
}: {
  form?: FormApi;
  itemKey: string;
  years: number[];
  stored: Record<string, number>;
}) {
  if (!form) return <>{toPercentText(Object.values(stored).reduce((a, b) => a + b, 0))}%</>;
  const sum = delaySum(form.state, itemKey, years);
  const error = form.errorAt(`${itemKey}.sum`);
  return (
    <span className={error ? 'fp-sum fp-sum--wrong' : 'fp-sum'} data-testid={`${itemKey}.sum`}>
      {Number.isNaN(sum) ? '–' : `${String(sum).replace('.', ',')}%`}
      {error && <span className="utrecht-form-field-error-message fp-error">moet 100% zijn</span>}
    </span>
  );
}
