import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { type ApiUnderTest, startApi } from '../../testing/api-under-test';
import { type OpenApiDocument, renderApiReference } from './api-reference';

const docs = join(__dirname, '../../../../../docs');
const files = { document: join(docs, 'openapi.json'), reference: join(docs, 'api-reference.md') };
/** `npm run api-reference` sets this to write the files instead of comparing them. */
const updating = process.env['UPDATE_API_REFERENCE'] === '1';

describe('The committed API reference', () => {
  let api: ApiUnderTest;
  let document: OpenApiDocument;
  beforeAll(async () => {
    api = await startApi();
    document = (await api.send('GET', '/api/docs-json')).body;
    if (updating) {
      writeFileSync(files.document, `${JSON.stringify(document, null, 2)}\n`);
      writeFileSync(files.reference, renderApiReference(document));
    }
  });
  afterAll(() => api.stop());

  it('docs/openapi.json is the document the API serves (run `npm run api-reference` after changing a route)', () =>
    expect(JSON.parse(readFileSync(files.document, 'utf8'))).toEqual(document));

  it('docs/api-reference.md is rendered from it', () => expect(readFileSync(files.reference, 'utf8')).toBe(renderApiReference(document)));

  it('names every route, with the fields of what it answers', () => {
    const reference = readFileSync(files.reference, 'utf8');
    for (const [path, item] of Object.entries(document.paths)) for (const method of Object.keys(item)) expect(reference).toContain(`## ${method.toUpperCase()} ${path}`);
    expect(reference).toContain('| `items[].owner.kind` |');
    expect(reference).toContain('| `rule` |');
  });
});
