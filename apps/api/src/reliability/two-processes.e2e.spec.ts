import { SqliteEventStore, verifyChain } from '@hindsight/event-store';
import { spawnApi } from '@hindsight/testing';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { overHttp } from '../testing/http-client';

describe('Given two API processes on the same embedded file', () => {
  let dir: string;
  beforeAll(() => (dir = mkdtempSync(join(tmpdir(), 'hindsight-two-'))));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('when both hammer the same report, then every acknowledged command is stored exactly once', async () => {
    const databasePath = join(dir, 'events.sqlite');
    const first = await spawnApi(databasePath);
    const second = await spawnApi(databasePath);
    try {
      const auth = { authorization: `Bearer ${first.adminToken}` };
      const [a, b] = [overHttp(first.url), overHttp(second.url)];
      const draft = await a('POST', '/api/postmortems', { title: 'Shared', severity: 'SEV4', services: ['s'], team: 't', occurredAt: '2026-01-01T00:00:00Z' }, auth);
      const report = `/api/postmortems/${draft.body.id}`;
      const writer = (send: typeof a, name: string) =>
        Promise.all(
          Array.from({ length: 60 }, (_, i) =>
            send('POST', `${report}/timeline`, { at: '2026-01-01T00:01:00Z', kind: 'observation', description: `${name} ${i}` }, auth).then(
              (r) => (r.status === 201 ? (r.body.id as string) : `failed ${r.status}`),
            ),
          ),
        );
      const acknowledged = (await Promise.all([writer(a, 'first'), writer(b, 'second')])).flat();
      expect(acknowledged.filter((id) => id.startsWith('failed'))).toEqual([]);

      const store = SqliteEventStore.open(databasePath);
      const events = await store.readStream(`postmortem-${draft.body.id}`);
      await store.close();
      expect(events.filter((e) => e.type === 'TimelineEntryAdded').map((e) => e.data['id']).sort()).toEqual([...acknowledged].sort());
      expect(verifyChain(events).valid).toBe(true);
      const fromSecond = await b('GET', `${report}?asOf=${events.length - 1}`, undefined, auth);
      expect(fromSecond.body.timeline).toHaveLength(120);
    } finally {
      for (const api of [first, second]) api.child.kill('SIGTERM');
      await Promise.all([first.exited, second.exited]);
    }
  });
});
