import { EMPTY_ROOT, type Hash, nodeHash } from './hashes';

/**
 * The root of a growing tree in O(log n) memory: the complete subtrees along its right edge,
 * merged as leaves arrive. For checking a whole log against a checkpoint without holding it.
 */
export class CompactRange {
  private readonly edge: { leaves: number; hash: Hash }[] = [];
  size = 0;

  append(leaf: Hash): void {
    let node = { leaves: 1, hash: leaf };
    while (this.edge.length > 0 && this.edge[this.edge.length - 1].leaves === node.leaves) {
      const left = this.edge.pop() as { leaves: number; hash: Hash };
      node = { leaves: left.leaves * 2, hash: nodeHash(left.hash, node.hash) };
    }
    this.edge.push(node);
    this.size += 1;
  }

  root(): Hash {
    if (this.edge.length === 0) return EMPTY_ROOT;
    let hash = this.edge[this.edge.length - 1].hash;
    for (let i = this.edge.length - 2; i >= 0; i -= 1) hash = nodeHash(this.edge[i].hash, hash);
    return hash;
  }
}
