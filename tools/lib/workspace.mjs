// Helpers for the README's two commands: they must work on a fresh clone with nothing but Node.js and npm.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';

export const root = fileURLToPath(new URL('../..', import.meta.url));

/** Nx without prompts, cloud or daemon: the same behaviour on a laptop and in CI. */
export const nxEnv = { ...process.env, NX_DAEMON: 'false', NX_NO_CLOUD: 'true', NX_TUI: 'false' };

export const run = (command, args, options = {}) => {
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit', env: nxEnv, ...options });
  if (result.error) throw result.error;
  return result.status ?? 1;
};

const lockHash = () => createHash('sha256').update(readFileSync(join(root, 'package-lock.json'))).digest('hex');
const marker = join(root, 'node_modules', '.hindsight-installed');

/** Runs `npm ci` when dependencies are missing or the lock file changed since the last install. */
export const ensureInstalled = () => {
  if (existsSync(marker) && readFileSync(marker, 'utf8') === lockHash()) return;
  console.log('Installing dependencies (npm ci; the first time compiles SQLite, about two minutes)…');
  const status = run('npm', ['ci', '--no-audit', '--no-fund']);
  if (status !== 0) process.exit(status);
  writeFileSync(marker, lockHash());
};
