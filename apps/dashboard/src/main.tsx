import '@mantine/core/styles.css';
import '@mantine/notifications/styles.css';
import './app/print.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/app';
import { takeTokenFromLink } from './lib/session';

takeTokenFromLink();
// A sign-in link opened in a tab that already shows the dashboard only changes the fragment.
window.addEventListener('hashchange', () => {
  if (takeTokenFromLink()) window.location.reload();
});

createRoot(document.getElementById('root') as HTMLElement).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
