import { SqliteEventStore } from '@hindsight/event-store';
import fc from 'fast-check';
import { type ApiUnderTest, startApi } from '../testing/api-under-test';
import { type Route, routeTable } from '../testing/route-table';

const SQL = ["' OR '1'='1", "'; DROP TABLE events; --", '1; SELECT * FROM api_tokens', '" OR ""="', '\\x00', 'NULL', '%00'];
/** Text that looks harmless on screen: bidi overrides, BOM, escapes, lone surrogates, invisible-only. */
const DISGUISED = ['Pay\u202Emnt', '\ufeffTitle', 'Title\u001b[2J', 'Bell\u0007', 'half \ud800 pair', '\u200b\u2060', '\u3164'];
/** Dates that parse but cannot be true, and true ones in mixed offsets. */
const ABSURD_DATES = ['0000-01-01T00:00:00Z', '9999-12-31T23:59:59Z', '9999-12-31', '1900-01-01', '2026-03-14T12:00:00+14:00', '2026-03-14T08:00:00-12:00', '+275760-09-13T00:00:00Z'];
const PROTO_KEYS = ['__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty'];

/** A value a client should never send: wrong types, control characters, SQL, huge, nested. */
const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom(...SQL),
  fc.constantFrom(...DISGUISED),
  fc.constantFrom(...ABSURD_DATES),
  fc.string({ unit: 'binary', maxLength: 50 }),
  fc.string({ unit: fc.integer({ min: 0, max: 31 }).map((c) => String.fromCharCode(c)), minLength: 1, maxLength: 20 }),
  fc.integer({ min: 20_000, max: 200_000 }).map((n) => 'x'.repeat(n)),
  fc.oneof(fc.double(), fc.bigInt().map(String), fc.boolean(), fc.constant(null)),
  fc.array(fc.constantFrom(...SQL), { maxLength: 3 }),
);

const nested = (depth: number) => '['.repeat(depth) + ']'.repeat(depth);

/** Request bodies, as raw text (also form-encoded): random JSON, hostile objects, broken JSON, deep nesting, floods. */
const hostileBody: fc.Arbitrary<string> = fc.oneof(
  fc.jsonValue().map((v) => JSON.stringify(v)),
  fc.dictionary(fc.oneof(fc.constantFrom(...PROTO_KEYS, 'title', 'severity', 'team', 'at', 'status', 'owner'), fc.string()), hostileValue).map((o) =>
    JSON.stringify(o),
  ),
  fc.constantFrom(...PROTO_KEYS).map((key) => `{"${key}":{"polluted":true}}`),
  fc.string({ maxLength: 200 }),
  fc.integer({ min: 100, max: 20_000 }).map(nested),
  fc.integer({ min: 1, max: 3 }).map((mb) => `{"summary":"${'y'.repeat(mb * 1024 * 1024)}"}`),
  fc.constantFrom('title=Owned&severity=SEV1', 'a%00b=1'),
);

/** Percent-encoded, or, for text no URL can carry (a lone surrogate), the bytes of one such surrogate. */
const encoded = (value: string): string => {
  try {
    return encodeURIComponent(value);
  } catch {
    return '%ED%A0%80';
  }
};

/** Header values that are legal on the wire (latin-1, no line breaks) but not what the API expects. */
const headerValue = fc
  .oneof(
    fc.constantFrom(...SQL),
    fc.constantFrom('application/x-www-form-urlencoded', 'text/plain', 'multipart/form-data; boundary=x', 'application/json; charset=latin1'),
    fc.string({ maxLength: 300 }), fc.integer().map(String), fc.constant('W/"-1"'), fc.constant('"99999999999999999"'))
  .map((v) => v.replace(/[^\x20-\x7e\t]/g, ''));

const hostileHeaders = fc.dictionary(
  fc.constantFrom('if-match', 'idempotency-key', 'x-change-reason', 'x-correlation-id', 'content-type', 'accept', 'x-forwarded-for'),
  headerValue,
  { maxKeys: 4 },
);

const hostileQuery = fc.oneof(
  fc.constant(''),
  fc.string({ maxLength: 100 }).map((q) => `?${encodeURIComponent(q)}`),
  fc.constantFrom('?q=%00', '?minPosition=ffffffffffffffff', '?%', '?q=%E2%80%AE'),
  fc.constantFrom('?__proto__[polluted]=1', '?constructor[prototype][x]=1', `?q=${encodeURIComponent(SQL[1])}`, '?a=1&a=2&a=3'),
);

describe('Hostile input at every endpoint', () => {
  let api: ApiUnderTest;
  let commands: Route[];
  let reportId: string;

  beforeAll(async () => {
    api = await startApi();
    commands = routeTable(api.app).filter((r) => r.method !== 'GET');
    reportId = (await api.as('admin', ['admin'], [])('POST', '/api/postmortems', { title: 'Target', severity: 'SEV4', services: ['s'], team: 't', occurredAt: '2026-01-01T00:00:00Z' })).body.id;
  });
  afterAll(() => api.stop());

  it('never answers 5xx, never stores an event, and stays up', async () => {
    const store = SqliteEventStore.open(api.databasePath);
    const before = await store.readAll();
    const token = api.token('admin', ['admin'], []);
    const statuses = new Map<number, number>();

    await fc.assert(
      fc.asyncProperty(fc.nat(commands.length - 1), hostileBody, hostileHeaders, hostileQuery, async (index, body, headers, query) => {
        const route = commands[index];
        const path = route.path.replace(':id', reportId).replace(/:\w+/g, 'no-such-entity');
        const response = await fetch(`${api.url}${path}${query}`, {
          method: route.method,
          headers: { 'content-type': 'application/json', ...headers, authorization: `Bearer ${token}` },
          body: route.method === 'DELETE' ? undefined : body,
        });
        await response.arrayBuffer();
        statuses.set(response.status, (statuses.get(response.status) ?? 0) + 1);
        expect(response.status).toBeGreaterThanOrEqual(400);
        expect(response.status).toBeLessThan(500);
      }),
      { numRuns: 400 },
    );

    expect(await store.readAll()).toEqual(before);
    await store.close();
    expect((await api.send('GET', '/api/health')).status).toBe(200);
    expect(Object.prototype).not.toHaveProperty('polluted');
    expect(statuses.size).toBeGreaterThan(2);
  });

  it('never answers 5xx to a hostile query string on any read, and stays up', async () => {
    const reads = routeTable(api.app).filter((r) => r.method === 'GET' && r.path !== '/api/events');
    const token = api.token('admin', ['admin'], []);
    /** Parameters the reads take, with values a client should never send. */
    const hostileParameter = fc
      .tuple(
        fc.constantFrom('q', 'team', 'service', 'owner', 'status', 'from', 'to', 'asOf', 'minPosition', 'limit', 'offset', 'groupBy', 'overdue', 'format'),
        fc.oneof(hostileValue.map(String), fc.constantFrom('%00', 'a%00b', '%E2%80%AE', '%', '%zz', '%C0%AF', '9'.repeat(400), '-1', '1e309')),
      )
      .map(([name, value]) => `${name}=${/^%|%[0-9A-Fa-f]{2}/.test(value) ? value : encoded(value.slice(0, 2_000))}`);
    await fc.assert(
      fc.asyncProperty(fc.nat(reads.length - 1), fc.array(hostileParameter, { maxLength: 4 }), async (index, parameters) => {
        const path = reads[index].path.replace(':id', reportId).replace(/:\w+/g, 'no-such-entity');
        const response = await fetch(`${api.url}${path}?${parameters.join('&')}`, { headers: { authorization: `Bearer ${token}` } });
        await response.arrayBuffer();
        expect([path, parameters, response.status < 500]).toEqual([path, parameters, true]);
      }),
      { numRuns: 300 },
    );
    expect((await api.send('GET', '/api/health')).status).toBe(200);
  });
});
