import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { SessionGate } from '../features/auth/components/session-gate';

const queryClient = new QueryClient();

/** The dashboard's frame. Its screens (reports, editor, history, board, trends) grow inside it. */
export const App = () => (
  <QueryClientProvider client={queryClient}>
    <main style={{ fontFamily: 'system-ui, sans-serif', maxWidth: 720, margin: '4rem auto', lineHeight: 1.5 }}>
      <h1>Hindsight</h1>
      <SessionGate>
        <p>
          Event-sourced postmortems: write the review together, audit every change, learn across incidents. The
          dashboard's screens are on their way; the command API is ready.
        </p>
        <p>
          <a href="/api/docs">Explore the API</a>
        </p>
      </SessionGate>
    </main>
  </QueryClientProvider>
);
