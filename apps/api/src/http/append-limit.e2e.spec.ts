import { type ApiUnderTest, startApi } from '../testing/api-under-test';

/**
 * One append limit on every store (KurrentDB refuses appends over its maximum size): a command
 * whose events are over it is answered 413 naming the limit, never 500, and stores nothing.
 * Run with a small limit, so an ordinary command can be over it.
 */
describe('Given a store that takes at most 4 KiB in one append', () => {
  let api: ApiUnderTest;
  beforeAll(async () => (api = await startApi({ maxAppendBytes: 4_096 })));
  afterAll(() => api.stop());

  it('when a command’s events are over the limit, then it is answered 413 with the limit, and nothing is stored', async () => {
    const editor = api.as('alice@shop.example', ['editor'], ['payments']);
    const { body: report } = await editor('POST', '/api/postmortems', { title: 'Card payments declined', severity: 'SEV2', services: ['payments'], team: 'payments', occurredAt: '2026-05-01T10:00:00Z' });
    const before = (await editor('GET', `/api/postmortems/${report.id}/history`)).body.total;
    const reply = await editor('POST', `/api/postmortems/${report.id}/timeline`, { at: '2026-05-01T10:01:00Z', kind: 'observation', description: 'The gateway answered 502 to every card payment. '.repeat(100) });
    expect(reply.status).toBe(413);
    expect(reply.body).toMatchObject({ status: 413, limit: 4_096, detail: expect.stringMatching(/at most 4096 in one append\. Nothing was stored/) });
    expect((await editor('GET', `/api/postmortems/${report.id}/history`)).body.total).toBe(before);
    expect((await editor('POST', `/api/postmortems/${report.id}/timeline`, { at: '2026-05-01T10:01:00Z', kind: 'observation', description: 'The gateway answered 502.' })).status).toBe(201);
  });
});
