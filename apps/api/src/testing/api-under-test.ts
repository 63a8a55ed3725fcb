import { DEFAULT_TAXONOMY } from '@hindsight/domain';
import { type Role, type SqliteTokenStore } from '@hindsight/identity';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createApp } from '../app/create-app';
import { TOKEN_STORE } from '../auth/authenticator';
import type { AppConfig } from '../config/config';
import { overHttp, type Send } from './http-client';

type Sender = (method: string, path: string, body?: unknown, headers?: Record<string, string>) => ReturnType<Send>;

export interface ApiUnderTest {
  app: NestFastifyApplication;
  url: string;
  /** Sends without credentials. */
  send: Send;
  /** A local API token for a principal named `name`. */
  token(name: string, roles?: Role[], teams?: string[]): string;
  /** Sends as `name`, by default an editor and reviewer of every team. */
  as(name: string, roles?: Role[], teams?: string[]): Sender;
  databasePath: string;
  stop(): Promise<void>;
}

/** The real application on a real port, over a fresh embedded store in a temp folder. */
export const startApi = async (overrides: Partial<AppConfig> = {}): Promise<ApiUnderTest> => {
  const dir = mkdtempSync(join(tmpdir(), 'hindsight-api-'));
  const databasePath = join(dir, 'events.sqlite');
  const app = await createApp({
    host: '127.0.0.1',
    port: 0,
    databasePath,
    readModelsPath: join(dir, 'read-models.sqlite'),
    logLevel: 'silent',
    demo: false,
    corsOrigins: [],
    rateLimitPerMinute: 100_000,
    rateLimitPerAddressPerMinute: 1_000_000,
    // Tests sign in wrongly on purpose, thousands of times; the limit has its own test.
    signInFailuresPerMinute: 1_000_000,
    separationOfDuties: true,
    taxonomy: DEFAULT_TAXONOMY,
    apiDocs: true,
    ...overrides,
  });
  await app.listen(0, '127.0.0.1');
  const url = await app.getUrl();
  const send = overHttp(url);
  const tokens = app.get<SqliteTokenStore>(TOKEN_STORE);
  const issued = new Map<string, string>();
  const token = (name: string, roles: Role[] = ['editor', 'reviewer'], teams: string[] = ['*']) => {
    const key = JSON.stringify([name, roles, teams]);
    if (!issued.has(key)) issued.set(key, tokens.create({ name, roles, teams, createdBy: 'test' }).token);
    return issued.get(key) as string;
  };
  return {
    app,
    url,
    send,
    databasePath,
    token,
    as: (name, roles, teams) => (method, path, body, headers = {}) =>
      send(method, path, body, { authorization: `Bearer ${token(name, roles, teams)}`, ...headers }),
    stop: async () => {
      await app.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
};
