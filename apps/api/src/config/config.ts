import { z } from 'zod';

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;

const environment = z.object({
  HINDSIGHT_HOST: z.string().min(1).default('127.0.0.1'),
  HINDSIGHT_PORT: z.coerce.number().int().min(0).max(65_535).default(3000),
  HINDSIGHT_DATA: z.string().min(1).default('data/hindsight.sqlite'),
  HINDSIGHT_LOG_LEVEL: z.enum(LOG_LEVELS).default('info'),
  HINDSIGHT_DEMO: z.enum(['true', 'false']).default('true'),
  HINDSIGHT_DASHBOARD_DIR: z.string().min(1).optional(),
});

export interface AppConfig {
  host: string;
  port: number;
  /** The embedded SQLite event store file. */
  databasePath: string;
  logLevel: (typeof LOG_LEVELS)[number];
  /** Load the demo reports when the store is empty. */
  demo: boolean;
  /** The built dashboard to serve at `/`; none in tests or API-only runs. */
  dashboardDir?: string;
}

export class ConfigError extends Error {}

/** Reads the environment once at start; every bad value is named with what would be right. */
export const loadConfig = (env: NodeJS.ProcessEnv = process.env): AppConfig => {
  const parsed = environment.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((issue) => `  ${issue.path.join('.')}: ${issue.message}`);
    throw new ConfigError(`Invalid configuration:\n${lines.join('\n')}`);
  }
  const e = parsed.data;
  return {
    host: e.HINDSIGHT_HOST,
    port: e.HINDSIGHT_PORT,
    databasePath: e.HINDSIGHT_DATA,
    logLevel: e.HINDSIGHT_LOG_LEVEL,
    demo: e.HINDSIGHT_DEMO === 'true',
    ...(e.HINDSIGHT_DASHBOARD_DIR ? { dashboardDir: e.HINDSIGHT_DASHBOARD_DIR } : {}),
  };
};
