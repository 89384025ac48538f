import '@utrecht/component-library-css/dist/index.css';
import '@nl-design-system-unstable/voorbeeld-design-tokens/dist/theme.css';
import './styles.css';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createBrowserRouter, RouterProvider } from 'react-router';
import { ApiError } from './api';
import { Layout } from './components/Layout';
import { NotFoundPage } from './components/NotFoundPage';
import { AuditPage } from './pages/admin/AuditPage';
import { TargetsPage } from './pages/admin/TargetsPage';
import { AgreementsSection } from './pages/agreements/AgreementsSection';
import { DirectoryPage } from './pages/agreements/DirectoryPage';
import { BottlenecksPage } from './pages/bottlenecks/BottlenecksPage';
import { ForecastSettingsPage } from './pages/forecast-settings/ForecastSettingsPage';
import { HomePage } from './pages/home/HomePage';
import { ImportPage } from './pages/imports/ImportPage';
import { InstrumentsPage } from './pages/instruments/InstrumentsPage';
import { KnowledgeSection } from './pages/knowledge/KnowledgeSection';
import { SearchPage } from './pages/knowledge/SearchPage';
import { LoginPage } from './pages/login/LoginPage';
import { MeetingsSection } from './pages/meetings/MeetingsSection';
import { MonitorPage } from './pages/monitor/MonitorPage';
import { ComparePage } from './pages/planning/ComparePage';
import { PlanningPage } from './pages/planning/PlanningPage';
import { PlanningHubPage } from './pages/planning-hub/PlanningHubPage';
import { PlanDetailPage } from './pages/plans/PlanDetailPage';
import { PlanFormPage } from './pages/plans/PlanFormPage';
import { PlanListPage } from './pages/plans/PlanListPage';
import { RegionPage } from './pages/region/RegionPage';
import { CompensationPage } from './pages/review/CompensationPage';
import { FundPage } from './pages/review/FundPage';
import { ParticipationPage } from './pages/review/ParticipationPage';
import { ReviewFrameworkPage } from './pages/review/ReviewFrameworkPage';
import { ReviewListPage } from './pages/review/ReviewListPage';
import { ReviewPage } from './pages/review/ReviewPage';
import { SnapshotsPage } from './pages/snapshots/SnapshotsPage';
import { StaffingPage } from './pages/staffing/StaffingPage';
import { WhatIfPage } from './pages/what-if/WhatIfPage';

const queryClient = new QueryClient({
  defaultOptions: {
    queries: {
      staleTime: 30_000,
      refetchOnWindowFocus: false,
      // A 4xx will not get better by asking again.
      retry: (count, error) => !(error instanceof ApiError && error.status < 500) && count < 2,
    },
  },
});

const router = createBrowserRouter([
  { path: '/inloggen', element: <LoginPage /> },
  {
    element: <Layout />,
    children: [
      { path: '/', element: <HomePage /> },
      { path: '/regio', element: <RegionPage /> },
      { path: '/plannen', element: <PlanListPage /> },
      { path: '/plannen/nieuw', element: <PlanFormPage /> },
      { path: '/plannen/:id', element: <PlanDetailPage /> },
      { path: '/plannen/:id/bewerken', element: <PlanFormPage /> },
      { path: '/plannen/:id/planning', element: <PlanningPage /> },
      { path: '/plannen/:id/planning/vergelijken', element: <ComparePage /> },
      { path: '/monitor', element: <MonitorPage /> },
      { path: '/monitor/momentopnamen', element: <SnapshotsPage /> },
      { path: '/knelpunten', element: <BottlenecksPage /> },
      { path: '/planning', element: <PlanningHubPage /> },
      { path: '/capaciteit', element: <StaffingPage /> },
      { path: '/instrumenten', element: <InstrumentsPage /> },
      { path: '/toetsing', element: <ReviewListPage /> },
      { path: '/toetsing/kader', element: <ReviewFrameworkPage /> },
      { path: '/plannen/:id/toetsing', element: <ReviewPage /> },
      { path: '/plannen/:id/participatie', element: <ParticipationPage /> },
      { path: '/plannen/:id/compensatie', element: <CompensationPage /> },
      { path: '/instrumenten/fonds/:code', element: <FundPage /> },
      { path: '/planning/wat-als', element: <WhatIfPage /> },
      { path: '/afspraken/*', element: <AgreementsSection /> },
      { path: '/adresboek', element: <DirectoryPage /> },
      { path: '/overleg/*', element: <MeetingsSection /> },
      { path: '/kennis/*', element: <KnowledgeSection /> },
      { path: '/zoeken', element: <SearchPage /> },
      { path: '/beheer', element: <AuditPage /> },
      { path: '/beheer/doelen', element: <TargetsPage /> },
      { path: '/beheer/import', element: <ImportPage /> },
      { path: '/beheer/prognose', element: <ForecastSettingsPage /> },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
]);

const root = document.getElementById('root');
if (!root) throw new Error('#root ontbreekt in index.html');
createRoot(root).render(
  <StrictMode>
    <QueryClientProvider client={queryClient}>
      <RouterProvider router={router} />
    </QueryClientProvider>
  </StrictMode>,
);
