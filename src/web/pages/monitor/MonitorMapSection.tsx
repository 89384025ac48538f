import { useMemo } from 'react';
import { Link } from 'react-router';
import { HARDNESS_LABELS } from '../../../core/programme';
import type { Monitor } from '../../api';
import { formatNumber } from '../../format';
import { DataTable } from './DataTable';
import { MonitorMap } from './MonitorMap';
import { describeMap, describeTone, listMapAreas, readMonitorMap, summariseMap } from './monitor-map';

/**
 * "Voortgang per gemeente": the map of the municipalities by progress with the plans as points, its
 * one-sentence summary, and the same numbers as two tables (per municipality, per plan).
 */
export function MonitorMapSection({ monitor, selected }: { monitor: Monitor; selected: string }) {
  const map = useMemo(() => readMonitorMap(monitor), [monitor]);
  const areas = useMemo(() => listMapAreas(monitor, map), [monitor, map]);
  const nameOf = (code: string) => areas.find((a) => a.code === code)?.name ?? code;
  const plans = [...map.plans].sort(
    (a, b) => nameOf(a.municipalityCode).localeCompare(nameOf(b.municipalityCode), 'nl') || b.homes - a.homes,
  );
  return (
    <section className="wr-section" aria-labelledby="kaart">
      <h2 className="utrecht-heading-2" id="kaart">
        Voortgang per gemeente
      </h2>
      <p className="utrecht-paragraph" data-testid="map-summary">
        {summariseMap(areas, map)}
      </p>
      <MonitorMap
        map={map}
        areas={areas}
        selected={selected}
        label={describeMap(areas, map, monitor.regionInfo.name)}
      />
      <DataTable
        summary="Voortgang per gemeente als tabel"
        caption="Voortgang en plannen per gemeente"
        headers={['Gemeente', 'Voortgang', 'Opgeleverd', 'Volgens het pad', 'Achter', 'Plannen', 'Woningen']}
        textColumns={[1]}
        rows={areas.map((a) => [
          <Link key="naam" to={`/plannen?gemeente=${a.code}`}>
            {a.name}
          </Link>,
          a.tone ? (
            <span key="voortgang" className={`wr-badge wr-badge--small wr-badge--${a.tone}`}>
              {describeTone(a.tone)}
            </span>
          ) : (
            describeTone(null)
          ),
          formatNumber(a.delivered),
          formatNumber(a.expectedByNow),
          a.behindBy > 0 ? formatNumber(a.behindBy) : '–',
          formatNumber(a.plans),
          formatNumber(a.homes),
        ])}
      />
      <DataTable
        summary={`De plannen op de kaart als tabel (${plans.length})`}
        caption="De plannen op de kaart"
        headers={['Plan', 'Gemeente', 'Woningen', 'Hardheid']}
        textColumns={[1, 3]}
        rows={plans.map((plan) => [
          <Link key="naam" to={`/plannen/${plan.id}`}>
            {plan.name}
          </Link>,
          nameOf(plan.municipalityCode),
          formatNumber(plan.homes),
          HARDNESS_LABELS[plan.hardness],
        ])}
      />
    </section>
  );
}
