// Bundles each command-line tool in tools/cli/src/bin into dist/tools/<name>.js; npm packages stay external.
import { build } from 'esbuild';
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));
const bin = 'tools/cli/src/bin';

await build({
  absWorkingDir: root,
  entryPoints: readdirSync(`${root}${bin}`).filter((f) => f.endsWith('.ts')).map((f) => `${bin}/${f}`),
  outdir: 'dist/tools',
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: true,
  tsconfig: 'tools/cli/tsconfig.json',
  plugins: [
    {
      name: 'external-packages',
      setup(b) {
        b.onResolve({ filter: /^[^./]/ }, (args) =>
          args.path.startsWith('@hindsight/') ? undefined : { path: args.path, external: true },
        );
      },
    },
  ],
  logLevel: 'warning',
});
