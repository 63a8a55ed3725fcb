import 'reflect-metadata';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { createApp } from './app/create-app';
import { ConfigError, loadConfig } from './config/config';
import { loadDemoData } from './demo/load-demo-data';

const main = async () => {
  const config = loadConfig();
  // The bundle sits in dist/apps/api; the dashboard build beside it is served unless configured otherwise.
  const bundledDashboard = join(__dirname, '../dashboard');
  if (!config.dashboardDir && existsSync(join(bundledDashboard, 'index.html'))) config.dashboardDir = bundledDashboard;
  const app = await createApp(config);
  if (config.demo) await loadDemoData(app);
  await app.listen(config.port, config.host);
  const url = (await app.getUrl()).replace('[::1]', 'localhost');
  process.stdout.write(`\nHindsight is running at ${url}\n  API docs: ${url}/api/docs\n  Event store: ${config.databasePath}\n\n`);
};

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof ConfigError ? error.message : (error as Error).stack}\n`);
  process.exit(1);
});
