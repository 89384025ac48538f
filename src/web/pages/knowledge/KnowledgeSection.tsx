import { Route, Routes } from 'react-router';
import { NotFoundPage } from '../../components/NotFoundPage';

/** The "Kennis" section's pages (issue 6); main.tsx mounts it on its path with a splat. */
export function KnowledgeSection() {
  return (
    <Routes>
      <Route path="*" element={<NotFoundPage />} />
    </Routes>
  );
}
