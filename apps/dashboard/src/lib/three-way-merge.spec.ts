import fc from 'fast-check';
import { changedSince, merge, sameValues } from './three-way-merge';

describe('Merging an edit with a colleague’s', () => {
  const base = { title: 'Checkout slow', summary: 'A query', team: 'commerce' };

  it('given each side changed a different field, when merged, then both changes are kept and nothing conflicts', () => {
    const theirs = { ...base, title: 'Checkout slows to a crawl' };
    const mine = { ...base, summary: 'A query without an index' };
    expect(changedSince(base, theirs, mine).map((f) => [f.field, f.conflicting])).toEqual([
      ['title', false],
      ['summary', false],
    ]);
    expect(merge(base, theirs, mine)).toEqual({ ...base, title: 'Checkout slows to a crawl', summary: 'A query without an index' });
  });

  it('given both changed the same field differently, when the user has not decided, then theirs is kept', () => {
    const theirs = { ...base, summary: 'Their text' };
    const mine = { ...base, summary: 'My text' };
    expect(changedSince(base, theirs, mine)).toEqual([{ field: 'summary', base: 'A query', theirs: 'Their text', mine: 'My text', conflicting: true }]);
    expect(merge(base, theirs, mine).summary).toBe('Their text');
  });

  it('given a conflicting field, when the user keeps theirs, mine, or writes a merge, then that is the value', () => {
    const theirs = { ...base, summary: 'Their text' };
    const mine = { ...base, summary: 'My text' };
    expect(merge(base, theirs, mine, { summary: 'My text' }).summary).toBe('My text');
    expect(merge(base, theirs, mine, { summary: 'Both texts' }).summary).toBe('Both texts');
  });

  it('given both made the same change, then it is not a conflict', () => {
    const changed = { ...base, team: 'payments' };
    expect(changedSince(base, changed, changed)[0].conflicting).toBe(false);
  });

  it('never loses a change only one side made, and never invents a value (any edits)', () => {
    const value = fc.constantFrom('a', 'b', 'c');
    const values = fc.record({ x: value, y: value, z: value });
    fc.assert(
      fc.property(values, values, values, (b, theirs, mine) => {
        const merged = merge(b, theirs, mine);
        for (const field of Object.keys(b) as (keyof typeof b)[]) {
          expect([theirs[field], mine[field]]).toContain(merged[field]);
          if (b[field] === mine[field]) expect(merged[field]).toBe(theirs[field]);
          if (b[field] === theirs[field]) expect(merged[field]).toBe(mine[field]);
        }
        expect(sameValues(merge(b, theirs, mine, { ...theirs }), theirs)).toBe(true);
      }),
    );
  });
});
