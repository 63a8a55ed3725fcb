import { MantineProvider } from '@mantine/core';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ReactElement, ReactNode } from 'react';
import { MemoryRouter } from 'react-router';
import { cssVariables, theme } from '../app/theme';
import { ConflictProvider } from '../features/report/conflicts/conflict-provider';

/** Renders a screen with the providers the app gives it; Mantine in test mode (no transitions, no portals). */
export const renderScreen = (ui: ReactElement) => {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false }, mutations: { retry: false } } });
  const Providers = ({ children }: { children: ReactNode }) => (
    <MantineProvider theme={theme} cssVariablesResolver={cssVariables} env="test">
      <QueryClientProvider client={client}>
        <MemoryRouter>
          <ConflictProvider>{children}</ConflictProvider>
        </MemoryRouter>
      </QueryClientProvider>
    </MantineProvider>
  );
  return { ...render(ui, { wrapper: Providers }), user: userEvent.setup({ delay: null }), client };
};
