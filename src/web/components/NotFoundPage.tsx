import { Link } from 'react-router';
import { usePageTitle } from './usePageTitle';

export function NotFoundPage() {
  usePageTitle('Pagina niet gevonden');
  return (
    <>
      <h1 className="utrecht-heading-1">Deze pagina bestaat niet</h1>
      <p className="utrecht-paragraph">
        Controleer het adres, of ga naar het <Link to="/">overzicht</Link>.
      </p>
    </>
  );
}
