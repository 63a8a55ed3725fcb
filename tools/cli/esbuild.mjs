// Each command-line tool in tools/cli/src/bin becomes dist/tools/<name>.js.
import { readdirSync } from 'node:fs';
import { bundleNode } from '../lib/bundle-node.mjs';

const bin = 'tools/cli/src/bin';
await bundleNode({
  entryPoints: readdirSync(new URL('./src/bin', import.meta.url)).filter((f) => f.endsWith('.ts')).map((f) => `${bin}/${f}`),
  outdir: 'dist/tools',
  tsconfig: 'tools/cli/tsconfig.json',
});
// The Merkle tree's worker thread, for the tools that keep a tree (benchmarks).
await bundleNode({ entryPoints: ['libs/transparency/src/lib/worker/tree-worker-main.ts'], outfile: 'dist/tools/tree-worker.js', tsconfig: 'tools/cli/tsconfig.json' });
await bundleNode({ entryPoints: ['libs/transparency/src/lib/worker/leaf-reader-main.ts'], outfile: 'dist/tools/leaf-reader.js', tsconfig: 'tools/cli/tsconfig.json' });
// Reads each report in a worker thread while `projections rebuild` applies the ones before.
await bundleNode({ entryPoints: ['libs/event-store/src/lib/worker/each-stream-reader-main.ts'], outfile: 'dist/tools/each-stream-reader.js', tsconfig: 'tools/cli/tsconfig.json' });
