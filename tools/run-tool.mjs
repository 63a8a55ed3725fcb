// `npm run <tool> -- …`: install if needed, build the command-line tools, and run one of them.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { ensureInstalled, root, run } from './lib/workspace.mjs';

const [tool, ...args] = process.argv.slice(2);
ensureInstalled();
const built = run('npx', ['nx', 'run', 'cli:build', '--output-style=static'], { stdio: ['inherit', 'ignore', 'inherit'] });
if (built !== 0) process.exit(built);
const result = spawnSync(process.execPath, [join(root, 'dist/tools', `${tool}.js`), ...args], { stdio: 'inherit' });
process.exit(result.status ?? 1);
