import { TREND_GROUPINGS } from '@hindsight/contracts';
import { type ApiUnderTest, startApi } from '../testing/api-under-test';
import { runEcommerceSale } from '../testing/ecommerce-sale.scenario';
import { type Exchange, openApiValidator, recording } from '../testing/openapi-validator';

/**
 * The OpenAPI document is the API's contract: every answer the e-commerce scenario and the
 * reads around it get, success or error, is a documented status whose body fits its schema.
 */
describe('The OpenAPI document describes every answer', () => {
  let api: ApiUnderTest;
  const exchanges: Exchange[] = [];
  let document: Parameters<typeof openApiValidator>[0];

  beforeAll(async () => {
    api = await startApi();
    document = (await api.send('GET', '/api/docs-json')).body;
    const recorder = recording(api.send);
    const editor = api.token('alice', ['editor'], ['commerce-platform']);
    const reviewer = api.token('dana', ['reviewer'], ['commerce-platform']);
    const { postmortemId } = await runEcommerceSale(recorder.send, { editor, reviewer });
    const as = (token: string) => (method: string, path: string, body?: unknown, headers: Record<string, string> = {}) =>
      recorder.send(method, path, body, { authorization: `Bearer ${token}`, ...headers });
    const alice = as(editor);
    const auditor = as(api.token('audrey', ['auditor'], ['*']));
    const report = `/api/postmortems/${postmortemId}`;

    for (const path of ['', '/timeline', '/causes', '/action-items', '/communications', '/history', '/diff?from=0&to=20', '/verify']) await auditor('GET', `${report}${path}`);
    for (const path of ['/api/postmortems', '/api/action-items', '/api/me', '/api/taxonomy', '/api/audit/verify', '/api/health']) await auditor('GET', path);
    for (const groupBy of TREND_GROUPINGS) await as(api.token('ana', ['analyst'], ['*']))('GET', `/api/trends?groupBy=${groupBy}`);
    for (const file of ['bundle', 'markdown', 'pdf', 'history.csv']) {
      const response = await fetch(`${api.url}${report}/export/${file}`, { headers: { authorization: `Bearer ${api.token('audrey', ['auditor'], ['*'])}` } });
      await response.arrayBuffer();
      exchanges.push({ method: 'GET', path: `${report}/export/${file}`, reply: { status: response.status, body: undefined, headers: Object.fromEntries(response.headers.entries()) } });
    }
    await auditor('GET', '/api/audit/exports');

    // Errors: each a problem document with its documented status.
    await recorder.send('GET', '/api/postmortems');
    await auditor('GET', '/api/postmortems?severity=SEV9');
    await auditor('GET', '/api/postmortems/00000000-0000-0000-0000-000000000000');
    await as(api.token('other', ['editor'], ['search']))('GET', report);
    await alice('PATCH', `${report}/facts`, { title: 'Late' }); // published: read-only (422)
    await alice('POST', `${report}/reopen`, { reason: 'New evidence from the database team' }, { 'if-match': '0' }); // stale revision (409 or accepted)
    await alice('POST', '/api/postmortems', { title: '' });
    exchanges.push(...recorder.exchanges);
  }, 60_000);
  afterAll(() => api.stop());

  it('has a documented status and body schema for every answer', () => {
    const check = openApiValidator(document);
    expect(exchanges.length).toBeGreaterThan(60);
    expect(exchanges.map(check).filter(Boolean)).toEqual([]);
  });

  it('names what it does not describe: a field, a status, a route that is not a problem document', () => {
    const check = openApiValidator(document);
    const json = { 'content-type': 'application/json' };
    const id = '00000000-0000-0000-0000-000000000000';
    const answer = exchanges.find((e) => e.method === 'GET' && /^\/api\/postmortems\/[^/?]+$/.test(e.path) && e.reply.status === 200) as Exchange;
    expect(check({ ...answer, reply: { ...answer.reply, body: { ...answer.reply.body, secret: 1 } } })).toMatch(/additional properties/);
    expect(check({ method: 'GET', path: `/api/postmortems/${id}`, reply: { status: 418, body: {}, headers: json } })).toMatch(/status not documented/);
    expect(check({ method: 'GET', path: '/api/nowhere', reply: { status: 404, body: { hello: 'world' }, headers: json } })).toMatch(/instead of a problem document/);
    expect(check({ method: 'GET', path: '/api/nowhere', reply: { status: 200, body: {}, headers: json } })).toMatch(/no such route/);
  });

  it('covered the statuses a client must handle', () => {
    const statuses = new Set(exchanges.map((e) => e.reply.status));
    for (const status of [200, 201, 400, 401, 403, 404, 422]) expect(statuses).toContain(status);
  });

  it('documents a schema for every success of every route', () => {
    const missing = Object.entries(document.paths).flatMap(([path, item]) =>
      Object.entries(item).flatMap(([method, operation]) =>
        Object.entries(operation.responses)
          .filter(([status, response]) => status.startsWith('2') && !response.content)
          .map(([status]) => `${method.toUpperCase()} ${path} → ${status}`),
      ),
    );
    expect(missing).toEqual([]);
  });
});

