import fc from 'fast-check';
import { jsonBytesSharingItems } from './shared-items-json';

const LONG = 500;

describe('Serialising documents that share their items', () => {
  it('given any JSON object, when serialised, then the bytes are exactly what JSON.stringify writes', () => {
    fc.assert(fc.property(fc.dictionary(fc.string(), fc.oneof(fc.jsonValue(), fc.constant(undefined))), (value) => {
      expect(jsonBytesSharingItems(value).toString()).toBe(JSON.stringify(value));
    }));
  });

  it('given revisions sharing the items of a long array, with items added, removed or replaced between them, when each is serialised, then each is exactly its own JSON.stringify', () => {
    const entry = fc.oneof(fc.object(), fc.jsonValue());
    const edit = fc.record({ at: fc.nat(), remove: fc.nat({ max: 3 }), insert: fc.array(entry, { maxLength: 3 }) });
    fc.assert(fc.property(fc.array(entry, { minLength: LONG, maxLength: LONG * 2 }), fc.array(edit, { maxLength: 6 }), fc.jsonValue(), (first, edits, header) => {
      let timeline = first;
      for (const { at, remove, insert } of [{ at: 0, remove: 0, insert: [] }, ...edits]) {
        timeline = timeline.toSpliced(at % (timeline.length + 1), remove, ...insert);
        const revision = { header, timeline, revision: timeline.length };
        expect(jsonBytesSharingItems(revision).toString()).toBe(JSON.stringify(revision));
      }
    }), { numRuns: 40 });
  });
});
