import { Route, Routes } from 'react-router';
import { NotFoundPage } from '../../components/NotFoundPage';
import { KnowledgeFormPage } from './KnowledgeForm';
import { KnowledgeItemPage } from './KnowledgeItemPage';
import { KnowledgeListPage } from './KnowledgeListPage';

/** The "Kennis" section's pages (issue 6); main.tsx mounts it on /kennis/* with a splat. */
export function KnowledgeSection() {
  return (
    <Routes>
      <Route index element={<KnowledgeListPage />} />
      <Route path="nieuw" element={<KnowledgeFormPage />} />
      <Route path=":id" element={<KnowledgeItemPage />} />
      <Route path=":id/bewerken" element={<KnowledgeFormPage />} />
      <Route path="*" element={<NotFoundPage />} />
    </Routes>
  );
}
