import { spawnApi } from '@hindsight/testing';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { overHttp } from '../testing/http-client';

describe('Given the product starts on an empty embedded store', () => {
  let dir: string;
  beforeAll(() => (dir = mkdtempSync(join(tmpdir(), 'hindsight-demo-'))));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  // Two API starts and 200 reports through the command side: on a CI machine busy with the browser suite, well past Jest's default.
  it('then it loads the demo history once, and the read models show it', async () => {
    const databasePath = join(dir, 'events.sqlite');
    const api = await spawnApi(databasePath, { HINDSIGHT_DEMO: 'true' });
    const send = overHttp(api.url);
    const auth = { authorization: `Bearer ${api.adminToken}` };
    try {
      let list = (await send('GET', '/api/postmortems?limit=1', undefined, auth)).body;
      for (let i = 0; i < 50 && list.total < 200; i++) {
        await new Promise((resolve) => setTimeout(resolve, 100));
        list = (await send('GET', '/api/postmortems?limit=1', undefined, auth)).body;
      }
      expect(list.total).toBe(200);
      expect((await send('GET', '/api/postmortems?q=spring%20sale', undefined, auth)).body.items[0].status).toBe('published');
      const months = (await send('GET', '/api/trends?groupBy=month', undefined, auth)).body.groups;
      expect(months.length).toBeGreaterThanOrEqual(18);
      expect((await send('GET', '/api/action-items?overdue=true', undefined, auth)).body.items.length).toBeGreaterThan(0);
    } finally {
      api.child.kill('SIGTERM');
      await api.exited;
    }

    const again = await spawnApi(databasePath, { HINDSIGHT_DEMO: 'true' });
    try {
      expect(again.adminToken).toBeUndefined();
      const list = (await overHttp(again.url)('GET', '/api/postmortems?limit=1', undefined, auth)).body;
      expect(list.total).toBe(200);
    } finally {
      again.child.kill('SIGTERM');
      await again.exited;
    }
  }, 120_000);
});
