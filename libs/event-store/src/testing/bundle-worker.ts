import { build } from 'esbuild';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';

const root = join(__dirname, '../../../..');

/**
 * Bundles a worker thread's entry as the build does (workspace libraries in, npm packages
 * external) into the workspace's tmp folder, where it finds node_modules; returns its path.
 */
export const bundleWorker = async (name: string, entry: string): Promise<string> => {
  mkdirSync(join(root, 'tmp'), { recursive: true });
  const outfile = join(root, 'tmp', `${name}-${process.pid}.js`);
  await build({
    entryPoints: [entry],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    absWorkingDir: root,
    tsconfig: join(root, 'tsconfig.base.json'),
    logLevel: 'silent',
    plugins: [{ name: 'external', setup: (b) => b.onResolve({ filter: /^[^./]/ }, (args) => (args.path.startsWith('@hindsight/') ? undefined : { path: args.path, external: true })) }],
  });
  return outfile;
};
