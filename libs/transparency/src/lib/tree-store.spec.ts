import Database from 'better-sqlite3';
import fc from 'fast-check';
import { leafHash } from './hashes';
import { MemoryTree } from './memory-tree';
import { consistencyProof, inclusionProof, rootAt } from './proofs';
import { TreeStore, type StoredLeaf } from './tree-store';

const leaves: StoredLeaf[] = Array.from({ length: 200 }, (_, i) => ({ position: String(i + 1).padStart(16, '0'), hash: leafHash(Buffer.from(`event ${i}`)) }));
const reference = MemoryTree.of(leaves.map((l) => l.hash));

describe('Given the tree stored beside the log', () => {
  it('when leaves arrive in batches of any size, some twice from two writers, then it equals the tree built at once', () =>
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 1, max: 40 }), { minLength: 1, maxLength: 30 }), fc.nat(), (cuts, replay) => {
        const db = new Database(':memory:');
        const [mine, theirs] = [new TreeStore(db), new TreeStore(db)];
        let at = 0;
        for (const cut of cuts) {
          const batch = leaves.slice(at, at + cut);
          if (batch.length === 0) break;
          // The other writer sometimes stored an overlapping batch first.
          if (replay % 3 === 0) theirs.append(leaves.slice(Math.max(0, at - 2), at + 1), leaves[Math.max(0, at - 2) - 1]?.position);
          mine.append(batch, leaves[at - 1]?.position);
          at += batch.length;
        }
        const size = mine.size;
        expect(size).toBe(Math.min(200, at));
        expect(rootAt(mine, size)).toEqual(rootAt(reference, size));
        for (let index = 0; index < size; index += 7) expect(inclusionProof(mine, index, size)).toEqual(inclusionProof(reference, index, size));
        for (let first = 0; first <= size; first += 5) expect(consistencyProof(mine, first, size)).toEqual(consistencyProof(reference, first, size));
        db.close();
      }),
      { numRuns: 60 },
    ));

  it('when a batch does not follow its newest leaf, then nothing is appended', () => {
    const tree = new TreeStore(new Database(':memory:'));
    tree.append(leaves.slice(0, 5), undefined);
    expect(tree.append(leaves.slice(10, 12), leaves[9].position)).toBe(0);
    expect(tree.size).toBe(5);
    expect(tree.indexOf(leaves[4].position)).toBe(4);
  });
});
