import { Table } from '../../components/Table';
import { formatNumber } from '../../format';
import type { ImportResult } from './upload';

const ACTION_LABELS = { create: 'Nieuw', update: 'Bijwerken', unchanged: 'Ongewijzigd' } as const;

/** What a checked file will create and update, before anything is saved. */
export function ImportPreview({ result }: { result: ImportResult }) {
  const lines = result.created + result.updated + result.unchanged;
  return (
    <div data-testid="import-preview">
      <p className="utrecht-paragraph">
        Het bestand is in orde. Bij importeren worden <strong>{formatNumber(result.created)}</strong> nieuw
        aangemaakt en <strong>{formatNumber(result.updated)}</strong> bijgewerkt
        {result.unchanged > 0 && (
          <>
            ; <strong>{formatNumber(result.unchanged)}</strong> blijven ongewijzigd
          </>
        )}
        .
      </p>
      {result.preview.length > 0 && (
        // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling region must be reachable by keyboard (axe scrollable-region-focusable)
        <section className="wr-table-scroll--limited" aria-label="Voorbeeld van de import" tabIndex={0}>
          <Table
            caption="Voorbeeld van de import"
            headers={['Waar', 'Actie', 'Naam', 'Gemeente', 'Woningen']}
            numeric={[4]}
            rows={result.preview
              .slice(0, 200)
              .map((line) => [
                line.sheet ? `Blad ${line.sheet}` : `Rij ${line.row}`,
                ACTION_LABELS[line.action],
                line.name,
                line.municipalityCode,
                formatNumber(line.homes),
              ])}
          />
        </section>
      )}
      {lines > 200 && <p className="wr-small wr-muted">De eerste 200 van {formatNumber(lines)} regels.</p>}
    </div>
  );
}
