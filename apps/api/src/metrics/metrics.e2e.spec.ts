import { parseMetrics } from '@hindsight/testing';
import { type ApiUnderTest, startApi } from '../testing/api-under-test';

const facts = { title: 'Metrics outage', severity: 'SEV3', services: ['api'], team: 'sre', occurredAt: '2026-11-01T10:00:00Z' };

describe('GET /metrics', () => {
  let api: ApiUnderTest;
  beforeAll(async () => (api = await startApi()));
  afterAll(() => api.stop());

  const scrape = async () => {
    const response = await fetch(`${api.url}/metrics`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/plain; version=0\.0\.4/);
    return parseMetrics(await response.text());
  };

  it('is Prometheus text that a parser reads, needing no token', async () => {
    const metric = await scrape();
    expect(metric('hindsight_process_resident_memory_bytes')?.type).toBe('GAUGE');
  });

  it('counts requests by route pattern and status, appends by event type, and the projection lag', async () => {
    const { body } = await api.as('sre')('POST', '/api/postmortems', facts);
    await api.as('sre')('GET', `/api/postmortems/${body.id}/timeline?minPosition=${body.position}`);
    await api.as('sre')('GET', '/api/postmortems/not-there');
    const metric = await scrape();
    const latency = metric('hindsight_http_request_duration_seconds');
    expect(latency?.type).toBe('HISTOGRAM');
    expect(latency?.metrics[0].buckets).toHaveProperty('+Inf');
    const requests = metric('hindsight_http_requests_total');
    const series = requests?.metrics.map((m) => `${m.labels?.method} ${m.labels?.route} ${m.labels?.status}`);
    expect(series).toEqual(expect.arrayContaining(['POST /api/postmortems 201', 'GET /api/postmortems/:id/timeline 200', 'GET /api/postmortems/:id 404']));
    expect(series?.some((s) => s.includes('not-there'))).toBe(false);
    expect(metric('hindsight_events_appended_total')?.metrics).toEqual([expect.objectContaining({ labels: { type: 'PostmortemDrafted' }, value: '1' })]);
    expect(metric('hindsight_projection_lag_events')?.metrics[0].value).toBe('0');
    expect(metric('hindsight_projection_lag_seconds')?.metrics[0].value).toBe('0');
    expect(metric('hindsight_projection_following')?.metrics[0].value).toBe('1');
    expect(metric('hindsight_projection_resumes')?.metrics[0].value).toBe('0');
  });

  it('says how many events the reports kept in memory hold, against their limit', async () => {
    const { body } = await api.as('sre')('POST', '/api/postmortems', facts);
    await api.as('sre')('POST', `/api/postmortems/${body.id}/timeline`, { at: '2026-11-01T10:05:00Z', kind: 'observation', description: 'Kept' });
    const metric = await scrape();
    expect(Number(metric('hindsight_report_cache_events')?.metrics[0].value)).toBeGreaterThanOrEqual(2);
    expect(metric('hindsight_report_cache_events_limit')?.metrics[0].value).toBe('50000');
  });

  it('reports the verdict of the last verification and the open live streams', async () => {
    expect((await api.as('auditor', ['auditor'], [])('GET', '/api/audit/verify')).body.valid).toBe(true);
    const stream = new AbortController();
    const response = await fetch(`${api.url}/api/events`, { headers: { authorization: `Bearer ${api.token('watcher', ['analyst'], [])}` }, signal: stream.signal });
    expect(response.status).toBe(200);
    const metric = await scrape();
    expect(metric('hindsight_chain_verified')?.metrics[0].value).toBe('1');
    expect(metric('hindsight_sse_clients')?.metrics[0].value).toBe('1');
    stream.abort();
  });
});
