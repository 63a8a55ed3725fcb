import { SqliteEventStore, verifyChain } from '@hindsight/event-store';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { overHttp } from '../testing/http-client';
import { spawnApi } from '@hindsight/testing';

describe('Given the API is killed with SIGKILL in the middle of a stream of appends', () => {
  let dir: string;
  beforeAll(() => (dir = mkdtempSync(join(tmpdir(), 'hindsight-kill-'))));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('then every acknowledged event is stored once, in a gap-free verified chain, and the API carries on after restart', async () => {
    const databasePath = join(dir, 'events.sqlite');
    const api = await spawnApi(databasePath);
    const send = overHttp(api.url);
    const headers = { authorization: `Bearer ${api.adminToken}` };
    const draft = await send('POST', '/api/postmortems', { title: 'Kill test', severity: 'SEV4', services: ['x'], team: 't', occurredAt: '2026-01-01T00:00:00Z' }, headers);
    const report = `/api/postmortems/${draft.body.id}`;

    const acknowledged: { id: string; revision: number }[] = [];
    let attempted = 0;
    const writer = async (w: number) => {
      for (let i = 0; ; i++) {
        attempted++;
        try {
          const reply = await send('POST', `${report}/timeline`, { at: '2026-01-01T00:01:00Z', kind: 'observation', description: `writer ${w} note ${i}` }, headers);
          if (reply.status === 201) acknowledged.push(reply.body);
        } catch {
          return; // the connection died with the process
        }
      }
    };
    const writers = [1, 2, 3, 4].map(writer);
    while (acknowledged.length < 150) await new Promise((r) => setTimeout(r, 5));
    api.child.kill('SIGKILL');
    await Promise.all(writers);
    expect(await api.exited).toBeNull();
    expect(attempted).toBeGreaterThan(acknowledged.length);

    const store = SqliteEventStore.open(databasePath);
    expect(store.database.pragma('integrity_check', { simple: true })).toBe('ok');
    const events = await store.readStream(`postmortem-${draft.body.id}`);
    await store.close();
    expect(verifyChain(events).valid).toBe(true);
    expect(new Set(events.map((e) => e.id)).size).toBe(events.length);
    const stored = new Map(events.map((e) => [String(e.data['id']), Number(e.revision)]));
    for (const ack of acknowledged) expect(stored.get(ack.id)).toBe(ack.revision);

    const restarted = await spawnApi(databasePath);
    try {
      const again = overHttp(restarted.url);
      const { body } = await again('GET', report, undefined, headers);
      expect(body.revision).toBe(events.length - 1);
      expect(body.timeline.length).toBeGreaterThanOrEqual(acknowledged.length);
      const next = await again('POST', `${report}/timeline`, { at: '2026-01-01T00:02:00Z', kind: 'action', description: 'after restart' }, headers);
      expect(next.body.revision).toBe(events.length);
    } finally {
      restarted.child.kill('SIGTERM');
      await restarted.exited;
    }
  });
});
