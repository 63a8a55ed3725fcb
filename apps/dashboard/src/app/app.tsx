import { MantineProvider } from '@mantine/core';
import { Notifications } from '@mantine/notifications';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { BrowserRouter } from 'react-router';
import { SessionGate } from '../features/auth/components/session-gate';
import { AppRoutes } from './app-routes';
import { cssVariables, theme } from './theme';

const queryClient = new QueryClient({ defaultOptions: { queries: { staleTime: 10_000, refetchOnWindowFocus: false } } });

/** Providers around the signed-in app: theme, notifications, server state, routes. */
export const App = () => (
  <MantineProvider theme={theme} cssVariablesResolver={cssVariables}>
    <Notifications position="top-right" />
    <QueryClientProvider client={queryClient}>
      <BrowserRouter>
        <SessionGate>{(signOut) => <AppRoutes onSignOut={signOut} />}</SessionGate>
      </BrowserRouter>
    </QueryClientProvider>
  </MantineProvider>
);
