import { Loader } from '@mantine/core';
import { type ComponentType, lazy, Suspense } from 'react';
import { Route, Routes } from 'react-router';
import { ReportsPage } from '../features/reports/reports-page';
import { Layout } from './layout';

/**
 * The first page (the report list) is in the first download; every other page, and the
 * schemas and charts they bring, loads when it is opened.
 */
const page = (load: () => Promise<ComponentType>, name: string) => {
  const Page = lazy(() => load().then((component) => ({ default: component })));
  return (
    <Suspense fallback={<Loader aria-label={`Loading ${name}`} />}>
      <Page />
    </Suspense>
  );
};

export const AppRoutes = ({ onSignOut }: { onSignOut: () => void }) => (
  <Routes>
    <Route element={<Layout onSignOut={onSignOut} />}>
      <Route index element={<ReportsPage />} />
      <Route path="reports/:id" element={page(() => import('../features/report/report-page').then((m) => m.ReportPage), 'the report')} />
      <Route path="reports/:id/history" element={page(() => import('../features/history/history-page').then((m) => m.HistoryPage), 'the history')} />
      <Route path="action-items" element={page(() => import('../features/action-items/board-page').then((m) => m.BoardPage), 'the action items')} />
      <Route path="trends" element={page(() => import('../features/trends/trends-page').then((m) => m.TrendsPage), 'the trends')} />
      <Route path="*" element={<p>There is no page here.</p>} />
    </Route>
  </Routes>
);
