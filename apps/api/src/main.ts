import './memory';
import './tracing';
import 'reflect-metadata';
import { describeLocation } from '@hindsight/event-store';
import type { AccessTokens } from '@hindsight/identity';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { createApp } from './app/create-app';
import { ACCESS_TOKENS } from './auth/authenticator';
import { createFirstAdminToken, signInLink } from './auth/first-start';
import { ConfigError, loadConfig } from './config/config';

const main = async () => {
  const config = loadConfig();
  // The bundle sits in dist/apps/api; the dashboard build beside it is served unless configured otherwise.
  const bundledDashboard = join(__dirname, '../dashboard');
  if (!config.dashboardDir && existsSync(join(bundledDashboard, 'index.html'))) config.dashboardDir = bundledDashboard;
  const app = await createApp(config);
  const adminToken = await createFirstAdminToken(app.get<AccessTokens>(ACCESS_TOKENS));
  // The demo's generator (Faker) loads only when it is wanted: it is a tenth of the start-up.
  if (config.demo) await (await import('./demo/load-demo-data')).loadDemoData(app);
  await app.listen(config.port, config.host);
  const url = (await app.getUrl()).replace('[::1]', 'localhost');
  const lines = [`Hindsight is running at ${url}`, `  API docs: ${url}/api/docs`, `  Event store: ${describeLocation(config.eventStore ?? config.databasePath)}`];
  if (adminToken) {
    lines.push(
      '',
      'First start: an admin token was created. Sign in with this link; it is shown only this once:',
      `  ${signInLink(url, adminToken)}`,
      'Create tokens for your team with `npm run tokens -- create --help`.',
    );
  }
  process.stdout.write(`\n${lines.join('\n')}\n\n`);
};

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof ConfigError ? error.message : (error as Error).stack}\n`);
  process.exit(1);
});
