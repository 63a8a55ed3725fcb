import 'reflect-metadata';
import { createApp } from './app/create-app';
import { ConfigError, loadConfig } from './config/config';
import { loadDemoData } from './demo/load-demo-data';

const main = async () => {
  const config = loadConfig();
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
