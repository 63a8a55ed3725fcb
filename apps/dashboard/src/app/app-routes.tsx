import { Loader } from '@mantine/core';
import { lazy, Suspense } from 'react';
import { Route, Routes } from 'react-router';
import { BoardPage } from '../features/action-items/board-page';
import { HistoryPage } from '../features/history/history-page';
import { ReportPage } from '../features/report/report-page';
import { ReportsPage } from '../features/reports/reports-page';
import { Layout } from './layout';

// The charts library is the heaviest part of the app: only the trends page loads it.
const TrendsPage = lazy(() => import('../features/trends/trends-page').then((m) => ({ default: m.TrendsPage })));

export const AppRoutes = ({ onSignOut }: { onSignOut: () => void }) => (
  <Routes>
    <Route element={<Layout onSignOut={onSignOut} />}>
      <Route index element={<ReportsPage />} />
      <Route path="reports/:id" element={<ReportPage />} />
      <Route path="reports/:id/history" element={<HistoryPage />} />
      <Route path="action-items" element={<BoardPage />} />
      <Route
        path="trends"
        element={
          <Suspense fallback={<Loader aria-label="Loading the trends" />}>
            <TrendsPage />
          </Suspense>
        }
      />
      <Route path="*" element={<p>There is no page here.</p>} />
    </Route>
  </Routes>
);
