import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const root = fileURLToPath(new URL('.', import.meta.url));
const workspace = fileURLToPath(new URL('../..', import.meta.url));

export default defineConfig({
  root,
  plugins: [react()],
  resolve: {
    alias: {
      '@hindsight/contracts': `${workspace}libs/contracts/src/index.ts`,
      '@hindsight/domain': `${workspace}libs/domain/src/index.ts`,
    },
  },
  // In development the API runs beside Vite; the built app is served by the API itself.
  server: { proxy: { '/api': 'http://127.0.0.1:3000' } },
  // The trends page's chunk (the charts, ~520 kB before gzip) is loaded on demand only.
  build: { outDir: `${workspace}dist/apps/dashboard`, emptyOutDir: true, chunkSizeWarningLimit: 600 },
});
