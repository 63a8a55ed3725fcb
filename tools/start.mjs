// `npm start`: install if needed, build the API and the dashboard, and run Hindsight on the embedded store.
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import { ensureInstalled, root, run } from './lib/workspace.mjs';

ensureInstalled();
const built = run('npx', ['nx', 'run-many', '-t', 'build', '-p', 'api', 'dashboard', '--output-style=static']);
if (built !== 0) process.exit(built);

const env = { HINDSIGHT_DATA: join(root, 'data', 'hindsight.sqlite'), ...process.env };
const api = spawn(process.execPath, ['--enable-source-maps', join(root, 'dist/apps/api/main.js')], {
  cwd: root,
  env,
  stdio: ['inherit', 'pipe', 'inherit'],
});

// Structured JSON logs, made readable for a person at a terminal.
const pretty = createRequire(import.meta.url)('pino-pretty')({ colorize: process.stdout.isTTY, ignore: 'pid,hostname,req,res' });
api.stdout.pipe(pretty).pipe(process.stdout);

for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => api.kill(signal));
api.on('exit', (code) => process.exit(code ?? 0));
