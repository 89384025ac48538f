import { Route, Routes } from 'react-router';
import { NotFoundPage } from '../../components/NotFoundPage';

/** The "Afspraken" section's pages (issue 6); main.tsx mounts it on its path with a splat. */
export function AgreementsSection() {
  return (
    <Routes>
      <Route path="*" element={<NotFoundPage />} />
    </Routes>
  );
}
