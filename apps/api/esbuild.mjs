// Bundles the API with the workspace libraries into one file; npm packages stay external.
// esbuild does not emit decorator metadata, so Nest providers are injected with explicit @Inject tokens.
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));

await build({
  absWorkingDir: root,
  entryPoints: ['apps/api/src/main.ts'],
  outfile: 'dist/apps/api/main.js',
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: true,
  tsconfig: 'apps/api/tsconfig.json',
  plugins: [
    {
      name: 'external-packages',
      setup(b) {
        // Everything that is not a relative path or a workspace alias comes from node_modules at run time.
        b.onResolve({ filter: /^[^./]/ }, (args) =>
          args.path.startsWith('@hindsight/') ? undefined : { path: args.path, external: true },
        );
      },
    },
  ],
  logLevel: 'warning',
});
