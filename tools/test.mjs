// `npm test`: install if needed, then lint, type-check, build and test every project, and add up the results.
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { ensureInstalled, root, run } from './lib/workspace.mjs';

const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
if (!existsSync(chromium)) {
  console.error(`The browser tests need Chromium at ${chromium}. On Debian or Ubuntu: sudo apt-get install chromium (or set CHROMIUM_PATH).`);
  process.exit(1);
}

ensureInstalled();
const results = join(root, 'tmp', 'test-results');
rmSync(results, { recursive: true, force: true });

// CI proves everything from scratch; locally Nx replays what has not changed.
const cache = process.env.CI === 'true' ? ['--skip-nx-cache'] : [];
const status = run('npx', ['nx', 'run-many', '-t', 'lint', 'typecheck', 'build', 'test', '--output-style=stream', '--parallel=2', ...cache]);

const totals = { passed: 0, failed: 0 };
if (existsSync(results)) {
  for (const file of readdirSync(results, { recursive: true }).filter((f) => f.endsWith('summary.json'))) {
    const { passed, failed } = JSON.parse(readFileSync(join(results, file), 'utf8'));
    totals.passed += passed;
    totals.failed += failed;
  }
}
if (status !== 0 && totals.failed === 0) console.log('\nA lint, type-check or build step failed: see above.');
console.log(`\ntests: ${totals.passed} passed, ${totals.failed} failed`);
process.exit(status !== 0 ? status : totals.failed > 0 || totals.passed === 0 ? 1 : 0);
