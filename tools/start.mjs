// `npm start`: install if needed, build the API and the dashboard, and run Hindsight on the embedded store.
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { ensureInstalled, root, run } from './lib/workspace.mjs';

ensureInstalled();
const built = run('npx', ['nx', 'run-many', '-t', 'build', '-p', 'api', 'dashboard', '--output-style=static']);
if (built !== 0) process.exit(built);

// A person at a terminal wants the address and any trouble, not every request: set HINDSIGHT_LOG_LEVEL=info for those.
const env = { HINDSIGHT_DATA: join(root, 'data', 'hindsight.sqlite'), HINDSIGHT_LOG_LEVEL: 'warn', ...process.env };
const api = spawn(process.execPath, ['--enable-source-maps', join(root, 'dist/apps/api/main.js')], {
  cwd: root,
  env,
  stdio: ['inherit', 'pipe', 'inherit'],
});

// The API logs structured JSON; pino-pretty makes it readable and passes other lines through.
const pretty = spawn(join(root, 'node_modules/.bin/pino-pretty'), ['--ignore', 'pid,hostname'], {
  stdio: ['pipe', 'inherit', 'inherit'],
});
api.stdout.pipe(pretty.stdin);

for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => api.kill(signal));
api.on('exit', (code) => {
  pretty.stdin.end();
  pretty.on('exit', () => process.exit(code ?? 0));
});
