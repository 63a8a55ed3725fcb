import { type ApiUnderTest, startApi } from '../testing/api-under-test';

describe('The API describes itself', () => {
  let api: ApiUnderTest;
  beforeAll(async () => (api = await startApi()));
  afterAll(() => api.stop());

  it('serves the interactive OpenAPI document at /api/docs', async () => {
    const response = await fetch(`${api.url}/api/docs`);
    expect(response.status).toBe(200);
    expect(await response.text()).toMatch(/swagger/i);
  });

  it('documents every command with the request schema it validates against', async () => {
    const { body: document } = await api.send('GET', '/api/docs-json');
    const operations = Object.entries(document.paths as Record<string, Record<string, { requestBody?: { content: Record<string, { schema: { properties?: object } }> } }>>)
      .flatMap(([path, methods]) => Object.entries(methods).map(([method, operation]) => ({ path, method, operation })));
    expect(operations.length).toBeGreaterThanOrEqual(34);
    const writes = operations.filter((o) => ['post', 'patch'].includes(o.method));
    // Every write takes JSON, but uploads, whose body is the file itself.
    for (const { operation } of writes) expect((operation.requestBody?.content['application/json'] ?? operation.requestBody?.content['application/octet-stream'])?.schema).toBeDefined();
    const draft = document.paths['/api/postmortems'].post.requestBody.content['application/json'].schema;
    expect(draft.required).toEqual(expect.arrayContaining(['title', 'severity', 'services', 'team', 'occurredAt']));
    expect(draft.properties.severity.enum).toEqual(['SEV1', 'SEV2', 'SEV3', 'SEV4']);
  });

  it('answers health checks', async () => {
    const { status, body } = await api.send('GET', '/api/health');
    expect(status).toBe(200);
    expect(body.status).toBe('ok');
  });
});
