import { DEFAULT_REGIMES_DIR, loadRegimes } from '@hindsight/communications';
import { DEFAULT_TAXONOMY } from '@hindsight/domain';
import { type AccessTokens, type Role } from '@hindsight/identity';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createApp } from '../app/create-app';
import { ACCESS_TOKENS } from '../auth/authenticator';
import type { AppConfig } from '../config/config';
import { overHttp, type Send } from './http-client';
import { openApiValidator, recording } from './openapi-validator';

/** The published contract (kept equal to the served document by api-reference.e2e.spec.ts). */
const contract = () => JSON.parse(readFileSync(join(__dirname, '../../../../docs/openapi.json'), 'utf8'));

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

/**
 * The real application on a real port, over a fresh embedded store in a temp folder. Every
 * answer `send` and `as` receive is checked against docs/openapi.json when the API stops: a
 * test whose answers the document does not describe fails, whatever it asserted itself.
 */
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
    readyMaxLag: { events: 1000, seconds: 30 },
    // Tests sign in wrongly on purpose, thousands of times; the limit has its own test.
    signInFailuresPerMinute: 1_000_000,
    separationOfDuties: true,
    taxonomy: DEFAULT_TAXONOMY,
    apiDocs: true,
    maxAppendBytes: 1_048_576,
    outbox: { webhooks: {}, pollMs: 100, leaseMs: 60_000, retry: { maxAttempts: 8, firstDelayMs: 30_000, maxDelayMs: 21_600_000 } },
    statusPage: { organisation: 'Hindsight' },
    stakeholderDirectory: { stakeholders: [] },
    reminders: { hourUtc: 8, dueWithinDays: 7, checkEveryMs: 300_000 },
    evidence: { directory: join(dir, 'evidence'), maxBytes: 25 * 1024 * 1024 },
    regulatory: { regimes: loadRegimes(DEFAULT_REGIMES_DIR), jurisdiction: 'DE', timeZone: 'Europe/Berlin' },
    transparency: { keyDir: join(dir, 'keys'), checkpointEvery: { seconds: 60, events: 1000 }, witnesses: [], witnessFor: [], verifyEverySeconds: 3600 },
    ...overrides,
  });
  await app.listen(0, '127.0.0.1');
  const url = await app.getUrl();
  const recorder = recording(overHttp(url));
  const send = recorder.send;
  const tokens = app.get<AccessTokens>(ACCESS_TOKENS);
  const issued = new Map<string, string>();
  const token = (name: string, roles: Role[] = ['editor', 'reviewer'], teams: string[] = ['*']) => {
    const key = JSON.stringify([name, roles, teams]);
    // Usable at once in this process; its event reaches the log a moment later.
    if (!issued.has(key)) issued.set(key, tokens.issue({ name, roles, teams, createdBy: 'test' }).token);
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
      // The document is not one of its own routes.
      const answers = recorder.exchanges.filter((e) => !e.path.startsWith('/api/docs'));
      const undocumented = [...new Set(answers.map(openApiValidator(contract())).filter(Boolean))];
      if (undocumented.length > 0) throw new Error(`Answers the OpenAPI document does not describe:\n${undocumented.join('\n')}`);
    },
  };
};
