import fc from 'fast-check';
import { EMPTY_ROOT, type Hash, leafHash } from './hashes';
import { MemoryTree } from './memory-tree';
import { consistencyProof, inclusionProof, rootAt } from './proofs';
import { verifyConsistency, verifyInclusion } from './verify-proofs';

// The reference data of RFC 6962 / RFC 9162 implementations (Certificate Transparency's test
// leaves): the roots of the trees of their first 0..8 entries, and proofs in the tree of 8.
const ENTRIES = ['', '00', '10', '2021', '3031', '40414243', '5051525354555657', '606162636465666768696a6b6c6d6e6f'].map((h) => Buffer.from(h, 'hex'));
const ROOTS = [
  'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855',
  '6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d',
  'fac54203e7cc696cf0dfcb42c92a1d9dbaf70ad9e621f4bd8d98662f00e3c125',
  'aeb6bcfe274b70a14fb067a5e5578264db0fa9b51af5e0ba159158f329e06e77',
  'd37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7',
  '4e3bbb1f7b478dcfe71fb631631519a3bca12c9aefca1612bfce4c13a86264d4',
  '76e67dadbcdf1e10e1b74ddc608abd2f98dfb16fbce75277b5232a127f2087ef',
  'ddb89be403809e325750d3d263cd78929c2942b7942a34b77e122c9594a74c8c',
  '5dc9da79a70659a9ad559cb701ded9a2ab9d823aad2f4960cfe370eff4604328',
];
const INCLUSION = [
  { index: 0, size: 8, proof: ['96a296d224f285c67bee93c30f8a309157f0daa35dc5b87e410b78630a09cfc7', '5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e', '6b47aaf29ee3c2af9af889bc1fb9254dabd31177f16232dd6aab035ca39bf6e4'] },
  { index: 5, size: 8, proof: ['bc1a0643b12e4d2d7c77918f44e0f4f79a838b6cf9ec5b5c283e1f4d88599e6b', 'ca854ea128ed050b41b35ffc1b87b8eb2bde461e9e3b5596ece6b9d5975a0ae0', 'd37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7'] },
];
const CONSISTENCY = [
  { first: 2, second: 8, proof: ['5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e', '6b47aaf29ee3c2af9af889bc1fb9254dabd31177f16232dd6aab035ca39bf6e4'] },
  { first: 6, second: 8, proof: ['0ebc5d3437fbe2db158b9f126a1d118e308181031d0a949f8dededebc558ef6a', 'ca854ea128ed050b41b35ffc1b87b8eb2bde461e9e3b5596ece6b9d5975a0ae0', 'd37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7'] },
];

const hex = (hashes: readonly Hash[]) => hashes.map((h) => h.toString('hex'));
const unhex = (hashes: readonly string[]) => hashes.map((h) => Buffer.from(h, 'hex'));
const reference = MemoryTree.of(ENTRIES.map(leafHash));

describe('An RFC 9162 Merkle tree', () => {
  it('has the reference root at every size, the empty tree included', () => {
    expect(EMPTY_ROOT.toString('hex')).toBe(ROOTS[0]);
    expect(ROOTS.map((_, size) => rootAt(reference, size).toString('hex'))).toEqual(ROOTS);
  });

  it.each(INCLUSION)('gives the reference inclusion proof of leaf $index in the tree of $size', ({ index, size, proof }) => {
    expect(hex(inclusionProof(reference, index, size))).toEqual(proof);
    expect(verifyInclusion(reference.leaf(index), index, size, unhex(proof), Buffer.from(ROOTS[size], 'hex'))).toBe(true);
  });

  it.each(CONSISTENCY)('gives the reference consistency proof from $first to $second', ({ first, second, proof }) => {
    expect(hex(consistencyProof(reference, first, second))).toEqual(proof);
    expect(verifyConsistency(first, second, unhex(proof), Buffer.from(ROOTS[first], 'hex'), Buffer.from(ROOTS[second], 'hex'))).toBe(true);
  });

  it('refuses proofs for leaves and sizes it does not have', () => {
    expect(() => inclusionProof(reference, 8, 8)).toThrow(RangeError);
    expect(() => inclusionProof(reference, 0, 9)).toThrow(RangeError);
    expect(() => consistencyProof(reference, 5, 3)).toThrow(RangeError);
  });
});

const treeOf = (n: number) => MemoryTree.of(Array.from({ length: n }, (_, i) => leafHash(Buffer.from(`leaf ${i}`))));
const big = treeOf(300);
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
