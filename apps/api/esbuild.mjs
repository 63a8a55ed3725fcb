import { bundleNode } from '../../tools/lib/bundle-node.mjs';

await bundleNode({ entryPoints: ['apps/api/src/main.ts'], outfile: 'dist/apps/api/main.js', tsconfig: 'apps/api/tsconfig.json' });
