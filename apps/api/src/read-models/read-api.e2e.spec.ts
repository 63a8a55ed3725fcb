import { type ApiUnderTest, startApi } from '../testing/api-under-test';
import { runEcommerceSale } from '../testing/ecommerce-sale.scenario';

const draft = (team: string, title: string) => ({ title, severity: 'SEV3', services: ['api'], team, occurredAt: '2026-10-01T10:00:00Z' });

describe('The read API', () => {
  let api: ApiUnderTest;
  let seed: Awaited<ReturnType<typeof runEcommerceSale>>;

  beforeAll(async () => {
    api = await startApi();
    seed = await runEcommerceSale(api.send, {
      editor: api.token('alice@shop.example', ['editor'], ['commerce-platform']),
      reviewer: api.token('dana@shop.example', ['reviewer'], ['commerce-platform']),
    });
  });
  afterAll(() => api.stop());

  it('reads its own write: a list asked for the position a command returned includes it', async () => {
    const ed = api.as('ed', ['editor'], ['search']);
    const created = await ed('POST', '/api/postmortems', draft('search', 'Ranking returns stale results'));
    const { status, body } = await ed('GET', `/api/postmortems?q=stale&minPosition=${created.body.position}`);
    expect(status).toBe(200);
    expect(body.items.map((r: { id: string }) => r.id)).toEqual([created.body.id]);
    expect(body.position >= created.body.position).toBe(true);
  });

  it('filters, searches and pages the list, and shows editors only their teams', async () => {
    const ed = api.as('ed', ['editor'], ['search']);
    const last = await ed('POST', '/api/postmortems', draft('search', 'Indexer lag'));
    const auditor = api.as('auditor', ['auditor'], []);
    const all = (await auditor('GET', `/api/postmortems?minPosition=${last.body.position}`)).body;
    expect(all.total).toBe(3);
    expect((await auditor('GET', '/api/postmortems?team=commerce-platform&status=published')).body.items.map((r: { id: string }) => r.id)).toEqual([seed.postmortemId]);
    expect((await auditor('GET', '/api/postmortems?q=checkout')).body.total).toBe(1);
    expect((await auditor('GET', '/api/postmortems?limit=1&offset=1')).body.items).toHaveLength(1);
    const mine = (await ed('GET', '/api/postmortems')).body;
    expect(mine.items.every((r: { team: string }) => r.team === 'search')).toBe(true);
    expect(mine.total).toBe(2);
  });

  it('lists the incidents of one trend bar: an occurrence range, and team and service as whole names', async () => {
    const ed = api.as('ed', ['editor'], ['search', 'search-infra']);
    await ed('POST', '/api/postmortems', { ...draft('search-infra', 'Shard rebalancing stalls'), occurredAt: '2026-09-30T23:59:00Z' });
    const last = await ed('POST', '/api/postmortems', { ...draft('search', 'Query cache cold after deploy'), occurredAt: '2026-11-01T00:00:00Z' });
    const titles = async (query: string) => (await ed('GET', `/api/postmortems?${query}&minPosition=${last.body.position}`)).body.items.map((r: { title: string }) => r.title).sort();
    expect(await titles('from=2026-10-01&to=2026-11-01')).toEqual(['Indexer lag', 'Ranking returns stale results']);
    expect(await titles('team=search')).toHaveLength(4);
    expect(await titles('team=SEARCH&exact=true')).toEqual(['Indexer lag', 'Query cache cold after deploy', 'Ranking returns stale results']);
    expect(await titles('team=search-infra&exact=true&service=ap&to=2026-10-01')).toEqual([]);
    expect(await titles('team=search-infra&exact=true&service=api&to=2026-10-01')).toEqual(['Shard rebalancing stalls']);
    const inverted = await ed('GET', '/api/postmortems?from=2026-11-01&to=2026-10-01');
    expect(inverted.status).toBe(400);
    expect(inverted.body.errors).toEqual([expect.objectContaining({ field: 'to' })]);
  });

  it('serves the seed report sections: timeline with durations, causes by level, prioritised items, communications', async () => {
    const analyst = api.as('analyst', ['analyst'], []);
    const report = `/api/postmortems/${seed.postmortemId}`;
    const timeline = (await analyst('GET', `${report}/timeline?minPosition=${seed.published.position}`)).body;
    expect(timeline.durations).toEqual({ timeToDetectMinutes: 17, timeToMitigateMinutes: 63, timeToResolveMinutes: 158 });
    expect(timeline.entries).toHaveLength(8);
    const causes = (await analyst('GET', `${report}/causes`)).body;
    expect(Object.keys(causes.levels)).toEqual(['causal_factor', 'contributing_cause', 'systemic_issue']);
    const items = (await analyst('GET', `${report}/action-items`)).body.items;
    expect(items[0].title).toBe('Optimise the order-history query');
    expect(items[0].priority).toMatchObject({ band: 'P0', factors: { severity: { value: 'SEV1' }, effort: { value: 'small' } } });
    expect(items.map((i: { priority: { score: number } }) => i.priority.score)).toEqual([...items.map((i: { priority: { score: number } }) => i.priority.score)].sort((a: number, b: number) => b - a));
    const comms = (await analyst('GET', `${report}/communications`)).body;
    expect(comms.communications).toHaveLength(3);
    expect(comms.pending).toEqual([]);
  });

  it('answers the board and trends with the position they reflect', async () => {
    const analyst = api.as('analyst', ['analyst'], []);
    const board = (await analyst('GET', '/api/action-items?team=commerce-platform&band=P0')).body;
    expect(board.items.map((i: { title: string }) => i.title)).toEqual(['Optimise the order-history query']);
    expect(typeof board.position).toBe('string');
    expect(board).toMatchObject({ total: 1, overdue: expect.any(Number) });
    // Partial and case-insensitive, a page at a time.
    const pages = await Promise.all([0, 2].map(async (offset) => (await analyst('GET', `/api/action-items?team=COMMERCE&limit=2&offset=${offset}`)).body));
    expect(pages[0].items).toHaveLength(2);
    expect(pages[0].total).toBeGreaterThanOrEqual(4);
    expect(pages[1].items.map((i: { id: string }) => i.id)).not.toContain(pages[0].items[0].id);
    const trends = (await analyst('GET', '/api/trends?groupBy=team&from=2026-01-01&to=2026-12-31')).body;
    expect(trends.groups.find((g: { key: string }) => g.key === 'commerce-platform')).toMatchObject({ incidents: 1, timeToDetectMinutes: { median: 17 } });
  });

  it('refuses bad query strings with 400', async () => {
    const analyst = api.as('analyst', ['analyst'], []);
    for (const query of ['limit=0', 'limit=1000', 'sort=colour', 'order=sideways', 'status=finished', 'groupBy=weekday', 'overdue=maybe', 'minPosition=%27%20OR%201', 'sevrity=SEV1']) {
      const path = query.startsWith('groupBy') ? `/api/trends?${query}` : query.startsWith('overdue') ? `/api/action-items?${query}` : `/api/postmortems?${query}`;
      expect([query, (await analyst('GET', path)).status]).toEqual([query, 400]);
    }
  });

  it('announces changes live over Server-Sent Events, once the read models reflect them', async () => {
    const controller = new AbortController();
    const response = await fetch(`${api.url}/api/events`, {
      headers: { authorization: `Bearer ${api.token('watcher', ['editor'], ['search'])}` },
      signal: controller.signal,
    });
    expect(response.headers.get('content-type')).toMatch(/text\/event-stream/);
    const reader = (response.body as ReadableStream<Uint8Array>).getReader();
    await api.as('alice@shop.example', ['editor'], ['commerce-platform'])('PATCH', `/api/postmortems/${seed.postmortemId}/facts`, { summary: 'x' });
    const created = await api.as('ed', ['editor'], ['search'])('POST', '/api/postmortems', draft('search', 'Live update'));
    let text = '';
    while (!text.includes(created.body.id)) text += new TextDecoder().decode((await reader.read()).value);
    controller.abort();
    expect(text).toContain('event: change');
    expect(text).toContain(`"postmortemId":"${created.body.id}","type":"PostmortemDrafted"`);
    // The other team's change came first and was not announced to this search editor.
    expect(text).not.toContain(seed.postmortemId);
  });
});
