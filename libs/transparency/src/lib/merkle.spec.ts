import fc from 'fast-check';
import { EMPTY_ROOT, type Hash, leafHash } from './hashes';
import { MemoryTree } from './memory-tree';
import { consistencyProof, inclusionProof, rootAt } from './proofs';
import { verifyConsistency, verifyInclusion } from './verify-proofs';

// Certificate Transparency's reference roots and proofs, and RFC 9162's worked example, are test
// vectors of docs/audit-format.md, checked by libs/audit/src/lib/audit-format.spec.ts.

const treeOf = (n: number) => MemoryTree.of(Array.from({ length: n }, (_, i) => leafHash(Buffer.from(`leaf ${i}`))));
const big = treeOf(300);

describe('An RFC 9162 Merkle tree', () => {
  it('has the empty root of SHA-256 of nothing', () => expect(EMPTY_ROOT.toString('hex')).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855'));

  it('refuses proofs for leaves and sizes it does not have', () => {
    const eight = treeOf(8);
    expect(() => inclusionProof(eight, 8, 8)).toThrow(RangeError);
    expect(() => inclusionProof(eight, 0, 9)).toThrow(RangeError);
    expect(() => consistencyProof(eight, 5, 3)).toThrow(RangeError);
  });
});
const flipped = (proof: Hash[], at: number) => proof.map((h, i) => (i === at ? Buffer.from(h.map((b, j) => (j === 0 ? b ^ 1 : b))) : h));

describe('Given any tree and any leaf', () => {
  const leafInTree = fc.integer({ min: 1, max: 300 }).chain((size) => fc.record({ size: fc.constant(size), index: fc.integer({ min: 0, max: size - 1 }) }));

  it('then the inclusion proof verifies, and no changed proof, index or leaf does', () =>
    fc.assert(
      fc.property(leafInTree, fc.nat(), ({ size, index }, pick) => {
        const root = rootAt(big, size);
        const proof = inclusionProof(big, index, size);
        expect(verifyInclusion(big.leaf(index), index, size, proof, root)).toBe(true);
        if (size > 1) {
          expect(verifyInclusion(big.leaf(index), (index + 1) % size, size, proof, root)).toBe(false);
          expect(verifyInclusion(big.leaf((index + 1) % size), index, size, proof, root)).toBe(false);
          expect(verifyInclusion(big.leaf(index), index, size, flipped(proof, pick % proof.length), root)).toBe(false);
          expect(verifyInclusion(big.leaf(index), index, size, proof.slice(0, -1), root)).toBe(false);
          expect(verifyInclusion(big.leaf(index), index, size, [...proof, root], root)).toBe(false);
        }
      }),
    ));

  it('then the consistency proof between any two sizes verifies, and no changed proof or root does', () =>
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 300 }), fc.integer({ min: 0, max: 300 }), fc.nat(), (a, b, pick) => {
        const [first, second] = a <= b ? [a, b] : [b, a];
        const proof = consistencyProof(big, first, second);
        const [oldRoot, newRoot] = [rootAt(big, first), rootAt(big, second)];
        expect(verifyConsistency(first, second, proof, oldRoot, newRoot)).toBe(true);
        if (first > 0 && first < second) {
          expect(verifyConsistency(first, second, flipped(proof, pick % proof.length), oldRoot, newRoot)).toBe(false);
          expect(verifyConsistency(first, second, proof, rootAt(big, first - 1), newRoot)).toBe(false);
          expect(verifyConsistency(first, second, proof, oldRoot, rootAt(big, second - 1))).toBe(false);
          expect(verifyConsistency(first, second, proof.slice(0, -1), oldRoot, newRoot)).toBe(false);
        }
      }),
    ));

  it('then a tree grown leaf by leaf has the root of the tree built at once', () => {
    const grown = new MemoryTree();
    for (let size = 0; size < 64; size += 1) {
      expect(rootAt(grown)).toEqual(rootAt(big, size));
      grown.append(big.leaf(size));
    }
  });
});
