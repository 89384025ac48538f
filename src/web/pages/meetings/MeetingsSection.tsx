import './meetings.css';
import { Route, Routes } from 'react-router';
import { NotFoundPage } from '../../components/NotFoundPage';
import { EventsPage } from './EventsPage';
import { MeetingFormPage } from './MeetingFormPage';
import { MeetingPage } from './MeetingPage';
import { OverviewPage } from './OverviewPage';
import { ProposalFormPage } from './ProposalFormPage';
import { ProposalPage } from './ProposalPage';
import { TablePage } from './TablePage';

/** The "Overleg" section's pages (issue 6); main.tsx mounts it on its path with a splat. */
export function MeetingsSection() {
  return (
    <Routes>
      <Route index element={<OverviewPage />} />
      <Route path="tafels/:id" element={<TablePage />} />
      <Route path="vergaderingen/nieuw" element={<MeetingFormPage />} />
      <Route path="vergaderingen/:id" element={<MeetingPage />} />
      <Route path="voorstellen/nieuw" element={<ProposalFormPage />} />
      <Route path="voorstellen/:id" element={<ProposalPage />} />
      <Route path="voorstellen/:id/wijzigen" element={<ProposalFormPage />} />
      <Route path="bijeenkomsten" element={<EventsPage />} />
      <Route path="*" element={<NotFoundPage />} />
    </Routes>
  );
}
