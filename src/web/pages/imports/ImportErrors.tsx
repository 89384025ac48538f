import { Table } from '../../components/Table';
import type { ImportError } from './upload';

/** Where an error is: sheet and cell (Planmonitor Wonen), a row, or the file as a whole. */
function where(error: ImportError): string {
  if (error.sheet && error.cell) return `Blad ${error.sheet}, cel ${error.cell}`;
  if (error.sheet) return `Blad ${error.sheet}${error.row ? `, rij ${error.row}` : ''}`;
  return error.row != null ? `Rij ${error.row}` : 'Bestand';
}

/** Every error of a rejected file, with where it is: sheet and cell, or row and column. */
export function ImportErrors({ errors }: { errors: ImportError[] }) {
  return (
    <div className="utrecht-alert utrecht-alert--error" role="alert" data-testid="import-errors">
      <div className="utrecht-alert__content">
        <h2 className="utrecht-heading-3">
          Er is niets geïmporteerd: het bestand bevat {errors.length} fout(en)
        </h2>
        <p className="utrecht-paragraph">Verbeter deze punten in het bestand en probeer het opnieuw.</p>
        <Table
          caption="Fouten in het bestand"
          headers={['Waar', 'Kolom', 'Melding']}
          rows={errors.map((error) => [
            <span className="wr-nowrap" key="where">
              {where(error)}
            </span>,
            error.column ?? '',
            error.message,
          ])}
        />
      </div>
    </div>
  );
}
