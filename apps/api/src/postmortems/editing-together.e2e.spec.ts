import { type ApiUnderTest, startApi } from '../testing/api-under-test';

const facts = {
  title: 'Search returns stale prices',
  severity: 'SEV3',
  services: ['search'],
  team: 'discovery',
  occurredAt: '2026-05-02T10:00:00Z',
};

describe('Editing one report together', () => {
  let api: ApiUnderTest;
  let report: string;
  let first: string;
  let second: string;
  let seen: number;

  beforeAll(async () => (api = await startApi()));
  afterAll(() => api.stop());

  beforeEach(async () => {
    const alice = api.as('alice');
    const draft = await alice('POST', '/api/postmortems', facts);
    report = `/api/postmortems/${draft.body.id}`;
    first = (await alice('POST', `${report}/timeline`, { at: '2026-05-02T10:00:00Z', kind: 'observation', description: 'Prices lag' })).body.id;
    const added = await alice('POST', `${report}/timeline`, { at: '2026-05-02T10:05:00Z', kind: 'detection', description: 'Alert' });
    second = added.body.id;
    seen = added.body.revision;
  });

  it('given a report was read, when someone edits it, then the edit and the next read state the new revision in their body and ETag', async () => {
    const before = await api.as('bob')('GET', report);
    expect([before.body.revision, before.headers['etag']]).toEqual([seen, `"${seen}"`]);
    const edit = await api.as('alice')('PATCH', `${report}/timeline/${first}`, { description: 'Prices lag by two hours' });
    expect(edit.headers['etag']).toBe(`"${seen + 1}"`);
    const after = await api.as('bob')('GET', report);
    expect(after.headers['content-type']).toBe('application/json; charset=utf-8');
    expect([after.body.revision, after.headers['etag']]).toEqual([seen + 1, `"${seen + 1}"`]);
    expect(after.body.timeline[0].description).toBe('Prices lag by two hours');
  });

  it('given two editors saw the same revision, when they change different timeline entries, then both succeed', async () => {
    const alice = await api.as('alice')('PATCH', `${report}/timeline/${first}`, { description: 'Prices lag by an hour' }, { 'if-match': `"${seen}"` });
    const bob = await api.as('bob')('PATCH', `${report}/timeline/${second}`, { description: 'Cache-age alert fires' }, { 'if-match': `"${seen}"` });

    expect([alice.status, bob.status]).toEqual([200, 200]);
    expect(bob.body.revision).toBe(seen + 2);
    const { body } = await api.as('alice')('GET', report);
    expect(body.timeline.map((e: { description: string }) => e.description)).toEqual(['Prices lag by an hour', 'Cache-age alert fires']);
  });

  it('given two editors saw the same revision, when both change the same entry, then the second gets 409 naming the first change', async () => {
    const alice = await api.as('alice')('PATCH', `${report}/timeline/${first}`, { description: 'Alice was here' }, { 'if-match': `"${seen}"` });
    const bob = await api.as('bob')('PATCH', `${report}/timeline/${first}`, { description: 'Bob was here' }, { 'if-match': `"${seen}"` });

    expect(alice.status).toBe(200);
    expect(bob.status).toBe(409);
    expect(bob.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(bob.body.currentRevision).toBe(seen + 1);
    expect(bob.body.conflicts).toEqual([
      { revision: seen + 1, type: 'TimelineEntryRevised', actor: 'alice', timestamp: expect.any(String) },
    ]);
    const { body } = await api.as('alice')('GET', report);
    expect(body.timeline[0].description).toBe('Alice was here');
    expect(body.revision).toBe(seen + 1);
  });

  it('given the editor re-reads after a conflict, when they send the current revision, then their change applies', async () => {
    await api.as('alice')('PATCH', `${report}/timeline/${first}`, { description: 'Alice was here' }, { 'if-match': `"${seen}"` });
    const retry = await api.as('bob')('PATCH', `${report}/timeline/${first}`, { description: 'Bob, after reading Alice' }, { 'if-match': `"${seen + 1}"` });
    expect(retry.status).toBe(200);
  });

  it('refuses a revision the report has not reached', async () => {
    const ahead = await api.as('bob')('PATCH', `${report}/timeline/${first}`, { description: 'x' }, { 'if-match': `"${seen + 10}"` });
    expect(ahead.status).toBe(409);
  });

  it('changes nothing and returns the first answer when a command is retried with its Idempotency-Key', async () => {
    const send = () => api.as('alice')('POST', `${report}/timeline`, { at: '2026-05-02T10:09:00Z', kind: 'action', description: 'Flush cache' }, { 'idempotency-key': 'flush-1' });
    const [once, again] = [await send(), await send()];
    expect(again.status).toBe(201);
    expect(again.body).toEqual(once.body);
    const { body } = await api.as('alice')('GET', report);
    expect(body.timeline.filter((e: { description: string }) => e.description === 'Flush cache')).toHaveLength(1);
  });

  it('records nothing for a revision that changes nothing', async () => {
    const same = await api.as('alice')('PATCH', `${report}/facts`, { severity: 'SEV3' });
    expect(same.status).toBe(200);
    expect(same.body.revision).toBe(seen);
  });

  it('serialises many simultaneous edits to different entries without losing one', async () => {
    const edits = Array.from({ length: 20 }, (_, i) =>
      api.as(`editor-${i}`)('POST', `${report}/timeline`, { at: '2026-05-02T11:00:00Z', kind: 'observation', description: `note ${i}` }, { 'if-match': `"${seen}"` }),
    );
    const replies = await Promise.all(edits);
    expect(replies.map((r) => r.status)).toEqual(replies.map(() => 201));
    const { body } = await api.as('alice')('GET', report);
    expect(body.timeline).toHaveLength(22);
    expect(body.revision).toBe(seen + 20);
  });
});
