import { type EventStore, SqliteEventStore } from '@hindsight/event-store';
import { EVENT_STORE } from '../postmortems/tokens';
import { type ApiUnderTest, startApi } from '../testing/api-under-test';

describe('Given the event store runs out of space under load', () => {
  let api: ApiUnderTest;
  beforeAll(async () => (api = await startApi()));
  afterAll(() => api.stop());

  it('then commands get 507, nothing partial is stored, and it recovers by itself when space returns', async () => {
    const alice = api.as('alice');
    const report = `/api/postmortems/${(await alice('POST', '/api/postmortems', { title: 'Disk', severity: 'SEV4', services: ['s'], team: 't', occurredAt: '2026-01-01T00:00:00Z' })).body.id}`;
    const db = (api.app.get<EventStore>(EVENT_STORE) as SqliteEventStore).database;
    const pages = Number(db.pragma('page_count', { simple: true }));
    db.pragma(`max_page_count = ${pages + 2}`);

    const add = (i: number) => alice('POST', `${report}/timeline`, { at: '2026-01-01T00:01:00Z', kind: 'observation', description: `${'x'.repeat(2_000)} ${i}` });
    const replies = await Promise.all(Array.from({ length: 40 }, (_, i) => add(i)));
    const full = replies.filter((r) => r.status === 507);
    expect(full.length).toBeGreaterThan(0);
    expect(replies.every((r) => r.status === 201 || r.status === 507)).toBe(true);
    expect(full[0].body).toMatchObject({ status: 507, title: 'Insufficient Storage', detail: expect.stringMatching(/out of space; nothing was stored/) });

    const accepted = replies.filter((r) => r.status === 201).map((r) => r.body.id as string);
    const stored = SqliteEventStore.open(api.databasePath);
    const entries = (await stored.readStream(report.replace('/api/postmortems/', 'postmortem-'))).filter((e) => e.type === 'TimelineEntryAdded');
    await stored.close();
    expect(entries.map((e) => e.data['id']).sort()).toEqual([...accepted].sort());

    db.pragma('max_page_count = 1073741823');
    expect((await add(99)).status).toBe(201);
    expect((await api.send('GET', '/api/health')).status).toBe(200);
  });
});
