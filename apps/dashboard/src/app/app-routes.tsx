import { Loader } from '@mantine/core';
import { type ComponentType, lazy, type LazyExoticComponent, Suspense } from 'react';
import { Route, Routes } from 'react-router';
import { ReportsPage } from '../features/reports/reports-page';
import { Layout } from './layout';

/**
 * The first page (the report list) is in the first download; every other page, and the
 * schemas and charts it brings, loads when it is opened.
 */
const onDemand = (load: () => Promise<ComponentType>) => lazy(() => load().then((component) => ({ default: component })));

const ReportReader = onDemand(() => import('../features/report/report-page').then((m) => () => <m.ReportPage mode="read" />));
const ReportEditor = onDemand(() => import('../features/report/report-page').then((m) => () => <m.ReportPage mode="edit" />));
const HistoryPage = onDemand(() => import('../features/history/history-page').then((m) => m.HistoryPage));
const BoardPage = onDemand(() => import('../features/action-items/board-page').then((m) => m.BoardPage));
const TrendsPage = onDemand(() => import('../features/trends/trends-page').then((m) => m.TrendsPage));

const page = (Page: LazyExoticComponent<ComponentType>, name: string) => (
  <Suspense fallback={<Loader aria-label={`Loading ${name}`} />}>
    <Page />
  </Suspense>
);

export const AppRoutes = ({ onSignOut }: { onSignOut: () => void }) => (
  <Routes>
    <Route element={<Layout onSignOut={onSignOut} />}>
      <Route index element={<ReportsPage />} />
      <Route path="reports/:id" element={page(ReportReader, 'the report')} />
      <Route path="reports/:id/edit" element={page(ReportEditor, 'the editor')} />
      <Route path="reports/:id/history" element={page(HistoryPage, 'the history')} />
      <Route path="action-items" element={page(BoardPage, 'the action items')} />
      <Route path="trends" element={page(TrendsPage, 'the trends')} />
      <Route path="*" element={<p>There is no page here.</p>} />
    </Route>
  </Routes>
);
