import { SqliteEventStore } from '@hindsight/event-store';
import { type ApiUnderTest, startApi } from '../testing/api-under-test';

const facts = { title: 'Checkout times out', severity: 'SEV2', services: ['checkout'], team: 'commerce', occurredAt: '2026-03-14T09:00:00Z' };

/** The findings of the hostile-client review, one specification each (issue: hardening and the API contract). */
describe('The API contract under a careless or hostile client', () => {
  let api: ApiUnderTest;
  let report: string;
  const alice = () => api.as('alice');

  beforeAll(async () => {
    api = await startApi();
    report = `/api/postmortems/${(await alice()('POST', '/api/postmortems', facts)).body.id}`;
  });
  afterAll(() => api.stop());

  const eventCount = async () => {
    const store = SqliteEventStore.open(api.databasePath);
    const count = (await store.readAll()).length;
    await store.close();
    return count;
  };

  describe('free text', () => {
    it.each([
      ['a NUL in a search', '?q=%00'],
      ['a NUL inside a search', '?q=a%00b'],
      ['an escape character in a filter', '?team=%1B%5B31m'],
    ])('refuses %s with 400 naming the parameter', async (_, query) => {
      const { status, body } = await alice()('GET', `/api/postmortems${query}`);
      expect(status).toBe(400);
      expect(body.errors[0].field).toMatch(/^(q|team)$/);
    });

    it.each([
      ['NUL', 'Checkout\u0000 down'],
      ['ESC', 'Checkout \u001b[2J down'],
      ['BEL', 'Checkout\u0007'],
      ['a right-to-left override', 'Checkout \u202Enwod'],
      ['a lone surrogate', 'Checkout \ud800 down'],
      ['a byte-order mark', '\ufeffCheckout'],
      ['only invisible characters', '\u200b\u200b\u2060'],
    ])('refuses a title with %s, naming the field, and stores nothing', async (_, title) => {
      const before = await eventCount();
      const { status, body } = await alice()('POST', '/api/postmortems', { ...facts, title });
      expect(status).toBe(400);
      expect(body.errors).toEqual([expect.objectContaining({ field: 'title' })]);
      expect(await eventCount()).toBe(before);
    });

    it('keeps line breaks and tabs in prose, and accents, emoji and right-to-left scripts everywhere', async () => {
      const text = 'Line one\n\tindented — café 🚀 שלום';
      const { status } = await alice()('POST', `${report}/lessons`, { kind: 'went_well', text });
      expect(status).toBe(201);
      expect((await alice()('POST', '/api/postmortems', { ...facts, title: 'Café 🚀 שלום' })).status).toBe(201);
    });
  });

  describe('instants', () => {
    it('stores every instant in UTC and orders the timeline by the moment, whatever the offset', async () => {
      const id = (await alice()('POST', '/api/postmortems', { ...facts, occurredAt: '2026-03-14T12:00:00+05:00' })).body.id;
      const path = `/api/postmortems/${id}`;
      await alice()('POST', `${path}/timeline`, { at: '2026-03-14T08:00:00Z', kind: 'observation', description: 'Later, in UTC' });
      const { body: added } = await alice()('POST', `${path}/timeline`, { at: '2026-03-14T12:00:00+05:00', kind: 'observation', description: 'Earlier, in +05:00' });
      const { body: document } = await alice()('GET', path);
      expect(document.facts.occurredAt).toBe('2026-03-14T07:00:00.000Z');
      const { body: timeline } = await alice()('GET', `${path}/timeline?minPosition=${added.position}`);
      expect(timeline.entries.map((e: { at: string }) => e.at)).toEqual(['2026-03-14T07:00:00.000Z', '2026-03-14T08:00:00.000Z']);
      expect(timeline.entries[1].minutesSincePrevious).toBe(60);
    });

    it('counts the same incidents for a trends range given in any offset', async () => {
      const { body: draft } = await alice()('POST', '/api/postmortems', { ...facts, team: 'zones', occurredAt: '2026-05-01T01:00:00Z' });
      const read = (from: string) => alice()('GET', `/api/trends?groupBy=team&team=zones&from=${encodeURIComponent(from)}&minPosition=${draft.position}`);
      const inUtc = (await read('2026-04-30T12:00:00Z')).body.groups;
      const inKiribati = (await read('2026-05-01T02:00:00+14:00')).body.groups;
      expect(inKiribati).toEqual(inUtc);
      expect(inUtc[0].incidents).toBe(1);
    });

    it.each([
      ['occurredAt', { ...facts, occurredAt: '0000-01-01T00:00:00Z' }, '/api/postmortems'],
      ['occurredAt', { ...facts, occurredAt: '9999-12-31T00:00:00Z' }, '/api/postmortems'],
      ['occurredAt', { ...facts, occurredAt: '1989-12-31T23:59:59Z' }, '/api/postmortems'],
    ])('refuses an implausible %s', async (field, body, path) => {
      const reply = await alice()('POST', path, body);
      expect(reply.status).toBe(400);
      expect(reply.body.errors[0].field).toBe(field);
    });

    it('refuses a due date of 9999-12-31 and a timeline entry dated next year', async () => {
      const item = { title: 'Fix', description: 'd', successCriteria: 's', type: 'prevent', priority: { frequency: 'rare', effort: 'small' } };
      const due = await alice()('POST', `${report}/action-items`, { ...item, dueDate: '9999-12-31' });
      expect(due.status).toBe(400);
      expect(due.body.errors[0]).toMatchObject({ field: 'dueDate', reason: expect.stringMatching(/must not be after/) });
      const nextYear = new Date(Date.now() + 366 * 86_400_000).toISOString();
      expect((await alice()('POST', `${report}/timeline`, { at: nextYear, kind: 'action', description: 'x' })).status).toBe(400);
    });

    it('refuses an inverted trends range', async () => {
      const { status, body } = await alice()('GET', '/api/trends?from=2026-06-01&to=2026-01-01');
      expect(status).toBe(400);
      expect(body.errors[0].field).toBe('to');
    });
  });

  describe('idempotency keys', () => {
    it('answers a retry with the first answer, and a reuse for a different request with 422, storing nothing', async () => {
      const key = { 'idempotency-key': 'add-entry-1' };
      const entry = { at: '2026-03-14T09:10:00Z', kind: 'action', description: 'Rolled back' };
      const first = await alice()('POST', `${report}/timeline`, entry, key);
      const retry = await alice()('POST', `${report}/timeline`, { description: 'Rolled back', kind: 'action', at: '2026-03-14T09:10:00Z' }, key);
      expect(retry).toMatchObject({ status: 201, body: first.body });
      const before = await eventCount();
      const changed = await alice()('POST', `${report}/timeline`, { ...entry, description: 'Something else' }, key);
      expect(changed.status).toBe(422);
      expect(changed.body.rule).toBe('idempotency_key_reused');
      const elsewhere = await alice()('POST', `${report}/lessons`, { kind: 'went_well', text: 'x' }, key);
      expect(elsewhere.status).toBe(422);
      const other = (await alice()('POST', '/api/postmortems', facts)).body.id;
      expect((await alice()('POST', `/api/postmortems/${other}/timeline`, entry, key)).status).toBe(422);
      expect(await eventCount()).toBe(before + 1);
    });

    it('keeps actors and keys apart: a/k1 with key k2 is not a with key k1/k2', async () => {
      const one = await api.as('a/k1')('POST', '/api/postmortems', facts, { 'idempotency-key': 'k2' });
      const two = await api.as('a')('POST', '/api/postmortems', facts, { 'idempotency-key': 'k1/k2' });
      expect([one.status, two.status]).toEqual([201, 201]);
      expect(one.body.id).not.toBe(two.body.id);
    });
  });

  describe('the wire', () => {
    it('refuses a form-encoded or plain-text body with 415', async () => {
      for (const type of ['application/x-www-form-urlencoded', 'text/plain']) {
        const response = await fetch(`${api.url}${report}/facts`, {
          method: 'PATCH',
          headers: { 'content-type': type, authorization: `Bearer ${api.token('alice')}` },
          body: 'title=Owned',
        });
        expect(response.status).toBe(415);
        expect(response.headers.get('content-type')).toMatch(/^application\/problem\+json/);
      }
    });

    it('marks every API answer no-store', async () => {
      for (const path of [report, `${report}/export/markdown`, '/api/postmortems', '/api/nope']) {
        const response = await fetch(`${api.url}${path}`, { headers: { authorization: `Bearer ${api.token('alice')}` } });
        expect([path, response.headers.get('cache-control')]).toEqual([path, 'no-store']);
      }
    });

    it('answers a path it cannot decode with the same problem document as every other error', async () => {
      const response = await fetch(`${api.url}/api/postmortems/%`, { headers: { authorization: `Bearer ${api.token('alice')}` } });
      expect(response.status).toBe(400);
      expect(response.headers.get('content-type')).toMatch(/^application\/problem\+json/);
      expect(await response.json()).toMatchObject({ type: 'about:blank', title: 'Bad Request', status: 400 });
    });

    it('answers a minPosition beyond the end of the log with 400, not a wait and a 503', async () => {
      const { status, body } = await alice()('GET', `/api/postmortems?minPosition=${'f'.repeat(16)}`);
      expect(status).toBe(400);
      expect(body.errors[0].field).toBe('minPosition');
    });
  });
});
