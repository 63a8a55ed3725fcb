import { type Hash, nodeHash } from './hashes';
import type { CompleteSubtrees } from './proofs';

/**
 * A tree held in memory, grown one leaf at a time: each append completes at most one subtree
 * per level, so the whole tree costs one hash per node, never a recomputation. Used by the
 * offline verifier and as the reference the stored tree is tested against.
 */
export class MemoryTree implements CompleteSubtrees {
  private readonly levels: Hash[][] = [[]];

  static of(leafHashes: readonly Hash[]): MemoryTree {
    const tree = new MemoryTree();
    leafHashes.forEach((leaf) => tree.append(leaf));
    return tree;
  }

  get size(): number {
    return this.levels[0].length;
  }

  append(leaf: Hash): void {
    this.levels[0].push(leaf);
    for (let level = 0; this.levels[level].length % 2 === 0; level += 1) {
      const nodes = this.levels[level];
      (this.levels[level + 1] ??= []).push(nodeHash(nodes[nodes.length - 2], nodes[nodes.length - 1]));
    }
  }

  leaf(index: number): Hash {
    return this.subtree(0, index);
  }

  subtree(level: number, index: number): Hash {
    const hash = this.levels[level]?.[index];
    if (!hash) throw new RangeError(`no complete subtree at level ${level}, index ${index}`);
    return hash;
  }
}
