// Bundles a Node program with the workspace libraries (@hindsight/*) into dist; npm packages stay
// external and are loaded from node_modules at run time. esbuild does not emit decorator metadata,
// so Nest providers are injected with explicit @Inject tokens.
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));

const externalPackages = {
  name: 'external-packages',
  setup(b) {
    b.onResolve({ filter: /^[^./]/ }, (args) => (args.path.startsWith('@hindsight/') ? undefined : { path: args.path, external: true }));
  },
};

export const bundleNode = (options) =>
  build({
    absWorkingDir: root,
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    sourcemap: true,
    plugins: [externalPackages],
    logLevel: 'warning',
    ...options,
  });
