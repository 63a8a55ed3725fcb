import { SqliteEventStore } from '@hindsight/event-store';
import { spawnApi } from '@hindsight/testing';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type ApiUnderTest, startApi } from '../testing/api-under-test';

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('Liveness and readiness', () => {
  let api: ApiUnderTest;
  beforeAll(async () => (api = await startApi()));
  afterAll(() => api.stop());

  it('answers live while the process is up, and ready once the read models follow the log', async () => {
    expect((await api.send('GET', '/api/health/live')).body).toMatchObject({ status: 'ok' });
    let ready = await api.send('GET', '/api/health/ready');
    for (let tries = 0; ready.status !== 200 && tries < 100; tries++) ready = (await pause(20), await api.send('GET', '/api/health/ready'));
    expect(ready.status).toBe(200);
    expect(ready.body).toEqual({ status: 'ready', store: 'ok', subscription: 'live', lag: { events: 0, seconds: 0 }, limits: { events: 1000, seconds: 30 }, reasons: [] });
  });
});

describe('Readiness of an instance catching up after start', () => {
  let dir: string;
  beforeAll(() => (dir = mkdtempSync(join(tmpdir(), 'hindsight-ready-'))));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('is 503 with the reason while its read models catch up, then 200 with no lag; live all along', async () => {
    const databasePath = join(dir, 'events.sqlite');
    // Enough events for several catching-up batches: 40 reports with 500 timeline entries each.
    const store = SqliteEventStore.open(databasePath);
    const metadata = { actor: 'responder@shop.example', timestamp: '2026-11-01T10:00:00.000Z', correlationId: 'c', causationId: 'c' };
    for (let report = 0; report < 40; report++) {
      const id = randomUUID();
      const facts = { title: `Incident ${report}`, severity: 'SEV3', services: ['api'], team: 'platform', occurredAt: '2026-11-01T09:00:00.000Z', customerImpact: '', summary: '' };
      await store.append(`postmortem-${id}`, [{ id: randomUUID(), type: 'PostmortemDrafted', schemaVersion: 1, data: { postmortemId: id, facts }, metadata }], 'no_stream');
      const entries = Array.from({ length: 500 }, (_, n) => ({
        id: randomUUID(),
        type: 'TimelineEntryAdded',
        schemaVersion: 1,
        data: { id: `t${n}`, at: '2026-11-01T09:30:00.000Z', kind: 'observation', description: `Observation ${n}`, evidenceIds: [] },
        metadata,
      }));
      await store.append(`postmortem-${id}`, entries, 'stream_exists');
    }
    await store.close();
    const instance = await spawnApi(databasePath);
    try {
      const get = async (path: string) => {
        const response = await fetch(`${instance.url}${path}`);
        return { status: response.status, body: (await response.json()) as { subscription: string; reasons: string[]; lag: { events: number } } };
      };
      const seen: { status: number; body: { subscription: string; reasons: string[]; lag: { events: number } } }[] = [];
      for (let tries = 0; seen.at(-1)?.status !== 200 && tries < 1500; tries++) {
        seen.push(await get('/api/health/ready'));
        expect((await get('/api/health/live')).status).toBe(200);
        await pause(10);
      }
      expect(seen[0]).toMatchObject({ status: 503, body: { status: 'not_ready', subscription: 'catching_up', reasons: expect.arrayContaining(['the read models are catching up with the log']) } });
      expect(seen.at(-1)).toMatchObject({ status: 200, body: { status: 'ready', subscription: 'live', lag: { events: 0 } } });
    } finally {
      instance.child.kill('SIGTERM');
      await instance.exited;
    }
  }, 60_000);
});
