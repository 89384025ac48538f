import { NotFoundPage } from '../../components/NotFoundPage';

/** /zoeken?q=: search over everything the user may see (issue 6; filled in by the knowledge area). */
export function SearchPage() {
  return <NotFoundPage />;
}
