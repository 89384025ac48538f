import { Route, Routes } from 'react-router';
import { NotFoundPage } from '../../components/NotFoundPage';

/** The "Overleg" section's pages (issue 6); main.tsx mounts it on its path with a splat. */
export function MeetingsSection() {
  return (
    <Routes>
      <Route path="*" element={<NotFoundPage />} />
    </Routes>
  );
}
