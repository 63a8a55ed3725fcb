import canonicalize from 'canonicalize';
import fc from 'fast-check';
import { configure } from 'safe-stable-stringify';

// Leaves are hashed over RFC 8785 canonical JSON. The tree builds with safe-stable-stringify
// (faster, from pino's authors); this checks it writes exactly what `canonicalize`, an RFC 8785
// implementation by one of the RFC's authors, writes, for any JSON value.
const stable = configure({ deterministic: true, strict: true, bigint: false, circularValue: Error });

describe('Canonical JSON for leaves', () => {
  it('is byte for byte RFC 8785’s for any JSON value, any Unicode text and any number', () =>
    fc.assert(
      fc.property(fc.jsonValue({ depthSize: 'medium' }), fc.string({ unit: 'binary' }), fc.double({ noNaN: true, noDefaultInfinity: true }), (value, text, number) => {
        const event = { value, text, number, nested: { z: [text, number], a: value } };
        expect(stable(event)).toBe(canonicalize(event));
      }),
      { numRuns: 2_000 },
    ));
});
