import { type ApiUnderTest, startApi } from '../testing/api-under-test';

describe('Hardening', () => {
  let api: ApiUnderTest;
  beforeAll(async () => (api = await startApi({ rateLimitPerMinute: 5, corsOrigins: ['https://hindsight.example.com'] })));
  afterAll(() => api.stop());

  it('limits each token separately and answers 429 as a problem', async () => {
    const greedy = api.as('greedy');
    const statuses = [];
    for (let i = 0; i < 6; i++) statuses.push((await greedy('GET', '/api/me')).status);
    expect(statuses).toEqual([200, 200, 200, 200, 200, 429]);
    const limited = await greedy('GET', '/api/me');
    expect(limited.body).toMatchObject({ status: 429, title: 'Too Many Requests' });
    expect((await api.as('patient')('GET', '/api/me')).status).toBe(200);
  });

  it('sends security headers', async () => {
    const { headers } = await api.send('GET', '/api/health');
    expect(headers['content-security-policy']).toContain("default-src 'self'");
    expect(headers['x-content-type-options']).toBe('nosniff');
    expect(headers['x-frame-options']).toBe('SAMEORIGIN');
    expect(headers['referrer-policy']).toBe('no-referrer');
  });

  it('lets only allow-listed origins call from a browser', async () => {
    const preflight = (origin: string) =>
      fetch(`${api.url}/api/me`, {
        method: 'OPTIONS',
        headers: { origin, 'access-control-request-method': 'GET', 'access-control-request-headers': 'authorization' },
      });
    expect((await preflight('https://hindsight.example.com')).headers.get('access-control-allow-origin')).toBe('https://hindsight.example.com');
    expect((await preflight('https://evil.example.net')).headers.get('access-control-allow-origin')).toBeNull();
  });

  it('never shows internals in an error', async () => {
    for (const body of ['{"title":', '{"__proto__":{}}', JSON.stringify({ title: 1 })]) {
      const response = await fetch(`${api.url}/api/postmortems`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${api.token('curious')}` },
        body,
      });
      expect(response.status).toBe(400);
      expect(await response.text()).not.toMatch(/at \w+ \(|node_modules|SQLITE|stack/i);
    }
  });
});
