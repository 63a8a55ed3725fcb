import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { atomProblems, jsonFeedProblems } from '../../testing/feed-validators';
import { TemplateError, TemplateFiles } from '../templates/template-files';
import { toPublicIncident } from './public-incident';
import { StatusPage } from './status-page';

const base = 'https://status.shop.example';
const options = { name: 'Shop', base };
const incidents = [
  {
    id: '7d0c0a52-3f1f-4d3e-9a4c-2b5e8f1e6a01',
    services: ['checkout', 'search'],
    startedAt: '2026-03-14T09:02:00.000Z',
    resolvedAt: '2026-03-14T10:05:00.000Z',
    firstPublishedAt: '2026-03-20T12:00:00.000Z',
    updatedAt: '2026-03-21T08:00:00.000Z',
    summary: 'Checkout was slow for an hour.\n\nWe <b>fixed</b> the query & added an alert.',
  },
  { id: '0e4d8c2a-9b7f-4a61-8e35-6c1d2f3a4b5c', services: ['search'], startedAt: '2026-02-01T03:00:00.000Z', firstPublishedAt: '2026-02-05T09:00:00.000Z', updatedAt: '2026-02-05T09:00:00.000Z', summary: 'Search was down.' },
].map((row) => toPublicIncident(row, base));

describe('The public status page', () => {
  const page = new StatusPage(new TemplateFiles());

  it('lists each service with its incidents, and every incident with its published summary, escaped', () => {
    const html = page.html(incidents, options);
    expect(html).toContain('<h1>Shop status</h1>');
    expect(html).toMatch(/<a href="https:\/\/status.shop.example\/status\/services\/search">search<\/a> <span class="muted">2 incidents, last on 14 Mar 2026</);
    expect(html).toContain('<h3>checkout, search: incident of 14 March 2026</h3>');
    expect(html).toContain('<p>We &lt;b&gt;fixed&lt;/b&gt; the query &amp; added an alert.</p>');
    expect(html).toContain('Started 1 Feb 2026, 03:00 UTC · not yet resolved');
  });

  it('shows one service\'s history on its own page', () => {
    const html = page.html(incidents, options, 'checkout');
    expect(html).toContain('<h1>Shop status: checkout</h1>');
    expect(html.match(/<article/g)).toHaveLength(1);
  });

  it('publishes a valid Atom feed and a valid JSON Feed of the same incidents', () => {
    const atom = page.atom(incidents, options);
    expect(atomProblems(atom)).toEqual([]);
    expect(atom).toContain('<id>urn:uuid:7d0c0a52-3f1f-4d3e-9a4c-2b5e8f1e6a01</id>');
    const json = page.json(incidents, options);
    expect(jsonFeedProblems(json)).toEqual([]);
    expect(JSON.parse(json).items.map((i: { content_html: string }) => i.content_html)).toEqual([
      '<p>Checkout was slow for an hour.</p>\n<p>We &lt;b&gt;fixed&lt;/b&gt; the query &amp; added an alert.</p>',
      '<p>Search was down.</p>',
    ]);
  });

  it('finds what a feed lacks', () => {
    expect(atomProblems('<feed xmlns="http://www.w3.org/2005/Atom"><title>x</title><entry><id>not an iri</id></entry></feed>')).toEqual([
      'the feed has 0 atom:id, not exactly one',
      'the feed has 0 atom:updated, not exactly one',
      'the feed has no rel="self" link (RFC 4287 says it SHOULD)',
      "entry 1's atom:id 'not an iri' is not an absolute IRI",
      'entry 1 has 0 atom:title, not exactly one',
      'entry 1 has 0 atom:updated, not exactly one',
      'entry 1 has no atom:author and the feed has none',
      'entry 1 has neither atom:content nor an alternate link',
    ]);
    expect(jsonFeedProblems(JSON.stringify({ version: 'https://jsonfeed.org/version/1', title: 't', items: [{ id: '1' }] }))).not.toEqual([]);
  });

  it('takes a team\'s own template, and refuses one naming a variable the page does not have', () => {
    const own = mkdtempSync(join(tmpdir(), 'templates-'));
    writeFileSync(join(own, 'status-page.hbs'), '<h1>{{heading}}</h1>{{#each incidents}}<p>{{title}}</p>{{/each}}');
    expect(new StatusPage(new TemplateFiles(own)).html(incidents, options)).toBe('<h1>Shop status</h1><p>checkout, search: incident of 14 March 2026</p><p>search: incident of 1 February 2026</p>');
    writeFileSync(join(own, 'status-page.hbs'), '<h1>{{heading}}</h1><p>{{internalNotes}}</p>');
    expect(() => new StatusPage(new TemplateFiles(own)).html(incidents, options)).toThrow(TemplateError);
    expect(() => new StatusPage(new TemplateFiles(own)).html(incidents, options)).toThrow(/status-page.hbs: "internalNotes" not defined/);
  });
});
