import { formatNumber } from '../../format';
import type { ImportResult } from './upload';

const ACTION_LABELS = { create: 'Nieuw', update: 'Bijwerken', unchanged: 'Ongewijzigd' } as const;

/** What a checked file will create and update, before anything is saved. */
export function ImportPreview({ result }: { result: ImportResult }) {
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
        <div className="wr-table-scroll wr-table-scroll--limited">
          <table className="utrecht-table utrecht-table--html-table wr-table">
            <caption className="wr-visually-hidden">Voorbeeld van de import</caption>
            <thead className="utrecht-table__header">
              <tr className="utrecht-table__row">
                <th className="utrecht-table__header-cell" scope="col">
                  Waar
                </th>
                <th className="utrecht-table__header-cell" scope="col">
                  Actie
                </th>
                <th className="utrecht-table__header-cell" scope="col">
                  Naam
                </th>
                <th className="utrecht-table__header-cell" scope="col">
                  Gemeente
                </th>
                <th className="utrecht-table__header-cell wr-num" scope="col">
                  Woningen
                </th>
              </tr>
            </thead>
            <tbody className="utrecht-table__body">
              {result.preview.slice(0, 200).map((line, index) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: preview lines are shown once, in file order
                <tr className="utrecht-table__row" key={index}>
                  <td className="utrecht-table__cell">
                    {line.sheet ? `Blad ${line.sheet}` : `Rij ${line.row}`}
                  </td>
                  <td className="utrecht-table__cell">{ACTION_LABELS[line.action]}</td>
                  <td className="utrecht-table__cell">{line.name}</td>
                  <td className="utrecht-table__cell">{line.municipalityCode}</td>
                  <td className="utrecht-table__cell wr-num">{formatNumber(line.homes)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {result.preview.length > 200 && (
        <p className="wr-small wr-muted">
          De eerste 200 van {formatNumber(result.created + result.updated + result.unchanged)} regels.
        </p>
      )}
    </div>
  );
}
