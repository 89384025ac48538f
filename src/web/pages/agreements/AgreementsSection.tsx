import './agreements.css';
import { Route, Routes } from 'react-router';
import { NotFoundPage } from '../../components/NotFoundPage';
import { AgreementFormPage } from './AgreementFormPage';
import { AgreementListPage } from './AgreementListPage';
import { AgreementPage } from './AgreementPage';
import { ComparisonPage } from './ComparisonPage';
import { RegionalDraftPage } from './RegionalDraftPage';

/** The "Afspraken" section's pages (issue 6); main.tsx mounts it on its path with a splat. */
export function AgreementsSection() {
  return (
    <Routes>
      <Route index element={<AgreementListPage />} />
      <Route path="vergelijken" element={<ComparisonPage />} />
      <Route path="regionaal-opstellen" element={<RegionalDraftPage />} />
      <Route path="nieuw" element={<AgreementFormPage />} />
      <Route path=":id" element={<AgreementPage />} />
      <Route path="*" element={<NotFoundPage />} />
    </Routes>
  );
}
