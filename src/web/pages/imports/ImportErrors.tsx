import type { ImportError } from './upload';

/** Every error of a rejected file, with where it is: sheet and cell, or row and column. */
export function ImportErrors({ errors }: { errors: ImportError[] }) {
  return (
    <div className="utrecht-alert utrecht-alert--error" role="alert" data-testid="import-errors">
      <div className="utrecht-alert__content">
        <h2 className="utrecht-heading-3">
          Er is niets geïmporteerd: het bestand bevat {errors.length} fout(en)
        </h2>
        <p className="utrecht-paragraph">Verbeter deze punten in het bestand en probeer het opnieuw.</p>
        <div className="wr-table-scroll">
          <table className="utrecht-table utrecht-table--html-table wr-table">
            <thead className="utrecht-table__header">
              <tr className="utrecht-table__row">
                <th className="utrecht-table__header-cell" scope="col">
                  Waar
                </th>
                <th className="utrecht-table__header-cell" scope="col">
                  Kolom
                </th>
                <th className="utrecht-table__header-cell" scope="col">
                  Melding
                </th>
              </tr>
            </thead>
            <tbody className="utrecht-table__body">
              {errors.map((error, index) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: errors are shown once, in the server's order
                <tr className="utrecht-table__row" key={index}>
                  <td className="utrecht-table__cell wr-nowrap">
                    {error.sheet ? `Blad ${error.sheet}${error.cell ? `, cel ${error.cell}` : ''}` : ''}
                    {!error.sheet && error.row != null ? `Rij ${error.row}` : ''}
                    {!error.sheet && error.row == null ? 'Bestand' : ''}
                  </td>
                  <td className="utrecht-table__cell">{error.column ?? ''}</td>
                  <td className="utrecht-table__cell">{error.message}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </div>
    </div>
  );
}
