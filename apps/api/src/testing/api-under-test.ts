import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createApp } from '../app/create-app';
import { overHttp, type Send } from '../demo/http-client';

export interface ApiUnderTest {
  app: NestFastifyApplication;
  url: string;
  send: Send;
  /** Sends as a named editor, with optional extra headers. */
  as(actor: string): (method: string, path: string, body?: unknown, headers?: Record<string, string>) => ReturnType<Send>;
  databasePath: string;
  stop(): Promise<void>;
}

/** The real application on a real port, over a fresh embedded store in a temp folder. */
export const startApi = async (): Promise<ApiUnderTest> => {
  const dir = mkdtempSync(join(tmpdir(), 'hindsight-api-'));
  const databasePath = join(dir, 'events.sqlite');
  const app = await createApp({ host: '127.0.0.1', port: 0, databasePath, logLevel: 'silent', demo: false });
  await app.listen(0, '127.0.0.1');
  const url = await app.getUrl();
  const send = overHttp(url);
  return {
    app,
    url,
    send,
    databasePath,
    as: (actor) => (method, path, body, headers = {}) => send(method, path, body, { 'x-actor': actor, ...headers }),
    stop: async () => {
      await app.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
};
