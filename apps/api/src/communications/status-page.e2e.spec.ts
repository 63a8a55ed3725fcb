import { atomProblems, jsonFeedProblems } from '@hindsight/communications/testing';
import { spawnApi } from '@hindsight/testing';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { overHttp } from '../testing/http-client';
import { eventually } from '../testing/transparency';

/** Every text of a report document, by its path, except what the public is meant to see. */
const PUBLIC_PATHS = /^(id|publicSummary|publishedAt|status|revision|position|facts\.(services\.\d+|occurredAt|resolvedAt|severity))$/;
const texts = (value: unknown, path = ''): [string, string][] => {
  if (typeof value === 'string') return PUBLIC_PATHS.test(path) ? [] : [[path, value]];
  if (Array.isArray(value)) return value.flatMap((v, i) => texts(v, `${path}.${i}`));
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => texts(v, path ? `${path}.${k}` : k));
  return [];
};
const unescaped = (markup: string) => markup.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#x27;|&#39;/g, "'").replace(/&amp;/g, '&');

describe('The public status page over the demo data', () => {
  let dir: string;
  beforeAll(() => (dir = mkdtempSync(join(tmpdir(), 'hindsight-status-'))));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('shows only published public summaries, without signing in, as a page and as valid Atom and JSON feeds that carry no internal field', async () => {
    const api = await spawnApi(join(dir, 'events.sqlite'), { HINDSIGHT_DEMO: 'true', HINDSIGHT_ORGANISATION: 'Shop', HINDSIGHT_PUBLIC_URL: 'https://status.shop.example' });
    const send = overHttp(api.url);
    const auth = { authorization: `Bearer ${api.adminToken}` };
    try {
      await eventually(async () => (await send('GET', '/api/postmortems?limit=1', undefined, auth)).body.total, (total) => total === 200, 'the demo history');
      const reports = [];
      for (let offset = 0; offset < 200; offset += 100) reports.push(...(await send('GET', `/api/postmortems?limit=100&offset=${offset}`, undefined, auth)).body.items);
      const documents = await Promise.all(reports.map(async (r: { id: string }) => (await send('GET', `/api/postmortems/${r.id}`, undefined, auth)).body));
      // A reopened report keeps its last published summary on the page until it is published again.
      const published = documents.filter((d) => d.publishedAt && d.publicSummary);
      expect(published.length).toBeGreaterThan(10);

      const [page, atom, json] = await Promise.all(['/status', '/status/feed.atom', '/status/feed.json'].map((path) => fetch(`${api.url}${path}`)));
      expect([page.status, atom.status, json.status]).toEqual([200, 200, 200]);
      expect([page.headers.get('content-type'), atom.headers.get('content-type'), json.headers.get('content-type')]).toEqual([
        'text/html; charset=utf-8',
        'application/atom+xml; charset=utf-8',
        'application/feed+json; charset=utf-8',
      ]);
      const [html, xml, feed] = await Promise.all([page.text(), atom.text(), json.text()]);
      expect(atomProblems(xml)).toEqual([]);
      expect(jsonFeedProblems(feed)).toEqual([]);

      const items = JSON.parse(feed).items as Record<string, unknown>[];
      expect(items.map((i) => i['id']).sort()).toEqual(published.map((d) => `urn:uuid:${d.id}`).sort());
      for (const item of items) expect(Object.keys(item).sort()).toEqual(['author', 'content_html', 'date_modified', 'date_published', 'id', 'summary', 'tags', 'title', 'url'].filter((k) => k in item).sort());
      for (const document of published) expect(unescaped(html)).toContain(document.publicSummary.split('\n')[0]);

      // Every internal text of every report, field by field, is absent from all three.
      const shown = [html, xml, feed].map(unescaped).join('\n');
      const leaks = documents.flatMap((d) => texts(d).filter(([, text]) => text.length >= 12 && shown.includes(text)).map(([path, text]) => `${d.id} ${path}: ${text}`));
      expect(leaks).toEqual([]);

      const service = published[0].facts.services[0];
      expect((await fetch(`${api.url}/status/services/${encodeURIComponent(service)}`)).status).toBe(200);
      expect((await fetch(`${api.url}/status/services/no-such-service`)).status).toBe(404);
    } finally {
      api.child.kill('SIGTERM');
      await api.exited;
    }
  }, 120_000);
});
