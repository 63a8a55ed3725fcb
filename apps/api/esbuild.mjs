import { cpSync } from 'node:fs';
import { bundleNode } from '../../tools/lib/bundle-node.mjs';

await bundleNode({ entryPoints: ['apps/api/src/main.ts'], outfile: 'dist/apps/api/main.js', tsconfig: 'apps/api/tsconfig.json' });
// The Merkle tree is kept in a worker thread, so appends never wait for its hashing.
await bundleNode({ entryPoints: ['libs/transparency/src/lib/worker/tree-worker-main.ts'], outfile: 'dist/apps/api/tree-worker.js', tsconfig: 'apps/api/tsconfig.json' });
await bundleNode({ entryPoints: ['libs/transparency/src/lib/worker/leaf-reader-main.ts'], outfile: 'dist/apps/api/leaf-reader.js', tsconfig: 'apps/api/tsconfig.json' });
// The default templates (the status page) are read from files at run time, so a team can replace them.
cpSync('libs/communications/templates', 'dist/apps/api/templates', { recursive: true });
// The regulatory regimes are data files, read at start.
cpSync('libs/communications/regimes', 'dist/apps/api/regimes', { recursive: true });
