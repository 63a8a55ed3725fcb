import Ajv from 'ajv';
import addFormats from 'ajv-formats';
import { XMLParser } from 'fast-xml-parser';

/*
 * What RFC 4287 (Atom) and JSON Feed 1 require of a document, checked rule by rule: the
 * validators at validator.w3.org and jsonfeed.org cannot be reached from these machines.
 */

const ATOM = 'http://www.w3.org/2005/Atom';
const RFC3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;
const IRI = /^[a-z][a-z0-9+.-]*:\S+$/i;

type Node = Record<string, unknown>;
const list = (value: unknown): Node[] => (value === undefined ? [] : Array.isArray(value) ? value : [value]) as Node[];
const text = (node: unknown): string => (typeof node === 'object' && node !== null ? String((node as Node)['#text'] ?? '') : String(node ?? ''));

const exactlyOne = (parent: Node, name: string, where: string, problems: string[]) => {
  const found = list(parent[name]);
  if (found.length !== 1) problems.push(`${where} has ${found.length} atom:${name}, not exactly one`);
  return found[0];
};

const commonElements = (node: Node, where: string, problems: string[]) => {
  const id = exactlyOne(node, 'id', where, problems);
  if (id !== undefined && !IRI.test(text(id))) problems.push(`${where}'s atom:id '${text(id)}' is not an absolute IRI`);
  exactlyOne(node, 'title', where, problems);
  const updated = exactlyOne(node, 'updated', where, problems);
  if (updated !== undefined && !RFC3339.test(text(updated))) problems.push(`${where}'s atom:updated '${text(updated)}' is not an RFC 3339 date-time`);
};

/** Every way `xml` falls short of an Atom feed document (RFC 4287, sections 4.1.1 and 4.1.2). */
export const atomProblems = (xml: string): string[] => {
  const problems: string[] = [];
  const parsed = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@', parseTagValue: false }).parse(xml) as Node;
  const feed = parsed['feed'] as Node | undefined;
  if (!feed) return ['the root element is not feed'];
  if (feed['@xmlns'] !== ATOM) problems.push(`the feed is not in the Atom namespace ${ATOM}`);
  commonElements(feed, 'the feed', problems);
  const entries = list(feed['entry']);
  const feedHasAuthor = list(feed['author']).length > 0;
  if (!list(feed['link']).some((l) => l['@rel'] === 'self')) problems.push('the feed has no rel="self" link (RFC 4287 says it SHOULD)');
  entries.forEach((entry, i) => {
    const where = `entry ${i + 1}`;
    commonElements(entry, where, problems);
    if (!feedHasAuthor && list(entry['author']).length === 0) problems.push(`${where} has no atom:author and the feed has none`);
    const content = list(entry['content']);
    if (content.length > 1) problems.push(`${where} has ${content.length} atom:content`);
    if (content.length === 0 && !list(entry['link']).some((l) => (l['@rel'] ?? 'alternate') === 'alternate')) problems.push(`${where} has neither atom:content nor an alternate link`);
    for (const link of list(entry['link'])) if (!link['@href']) problems.push(`${where} has a link without href`);
  });
  return problems;
};

const jsonFeedSchema = {
  type: 'object',
  required: ['version', 'title', 'items'],
  properties: {
    version: { enum: ['https://jsonfeed.org/version/1', 'https://jsonfeed.org/version/1.1'] },
    title: { type: 'string' },
    home_page_url: { type: 'string', format: 'uri' },
    feed_url: { type: 'string', format: 'uri' },
    description: { type: 'string' },
    items: {
      type: 'array',
      items: {
        type: 'object',
        required: ['id'],
        anyOf: [{ required: ['content_html'] }, { required: ['content_text'] }],
        properties: {
          id: { type: 'string', minLength: 1 },
          url: { type: 'string', format: 'uri' },
          title: { type: 'string' },
          content_html: { type: 'string' },
          content_text: { type: 'string' },
          summary: { type: 'string' },
          date_published: { type: 'string', format: 'date-time' },
          date_modified: { type: 'string', format: 'date-time' },
          tags: { type: 'array', items: { type: 'string' } },
        },
      },
    },
  },
};
const validateJsonFeed = addFormats(new Ajv({ allErrors: true })).compile(jsonFeedSchema);

/** Every way `json` falls short of a JSON Feed (version 1 or 1.1, as jsonfeed.org specifies it). */
export const jsonFeedProblems = (json: string): string[] =>
  validateJsonFeed(JSON.parse(json)) ? [] : (validateJsonFeed.errors ?? []).map((e) => `${e.instancePath || '(feed)'} ${e.message ?? ''}`);
