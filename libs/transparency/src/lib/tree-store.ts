import { comparePositions, type Position } from '@hindsight/event-store';
import type Database from 'better-sqlite3';
import { type Hash, nodeHash } from './hashes';
import type { CompleteSubtrees } from './proofs';

export interface StoredLeaf {
  /** The event's place in the store's log, as the store spells it. */
  position: string;
  hash: Hash;
}

/**
 * The tree beside the log, in SQLite: every leaf hash with the event position it stands for,
 * and every complete interior subtree, so any proof is a few dozen point reads. Appends are
 * incremental (one hash per completed node) and idempotent: leaves already stored, by this
 * process or another sharing the file, are skipped.
 */
export class TreeStore implements CompleteSubtrees {
  private readonly statements;
  private readonly appendInTransaction;
  private readonly frontier = new Map<number, { index: number; hash: Hash }>();
  private frontierSize = -1;

  constructor(private readonly db: Database.Database) {
    db.exec(`
      CREATE TABLE IF NOT EXISTS tlog_leaves (idx INTEGER PRIMARY KEY, position TEXT NOT NULL, hash BLOB NOT NULL) STRICT;
      CREATE TABLE IF NOT EXISTS tlog_nodes (level INTEGER NOT NULL, idx INTEGER NOT NULL, hash BLOB NOT NULL, PRIMARY KEY (level, idx)) STRICT, WITHOUT ROWID;
    `);
    this.statements = {
      size: db.prepare<[], { size: number | bigint | null }>('SELECT max(idx) + 1 AS size FROM tlog_leaves'),
      leaf: db.prepare<[number], { position: string; hash: Buffer }>('SELECT position, hash FROM tlog_leaves WHERE idx = ?'),
      node: db.prepare<[number, number], { hash: Buffer }>('SELECT hash FROM tlog_nodes WHERE level = ? AND idx = ?'),
      insertLeaf: db.prepare('INSERT INTO tlog_leaves (idx, position, hash) VALUES (?, ?, ?)'),
      insertNode: db.prepare('INSERT INTO tlog_nodes (level, idx, hash) VALUES (?, ?, ?)'),
      clear: db.prepare('DELETE FROM tlog_leaves'),
      clearNodes: db.prepare('DELETE FROM tlog_nodes'),
    };
    this.appendInTransaction = db.transaction((leaves: readonly StoredLeaf[], after: string | undefined) => this.appendNow(leaves, after));
  }

  get size(): number {
    return Number(this.statements.size.get()?.size ?? 0);
  }

  leaf(index: number): StoredLeaf | undefined {
    return this.statements.leaf.get(index);
  }

  /** The position of the newest leaf: the tree covers the log up to there. */
  get lastPosition(): string | undefined {
    const size = this.size;
    return size === 0 ? undefined : this.leaf(size - 1)?.position;
  }

  /**
   * The leaf of the event at `position`. Leaves are in log order, so positions grow with the
   * index: a binary search of a few dozen reads, where an index on positions would cost every append.
   */
  indexOf(position: string): number | undefined {
    let [low, high] = [0, this.size - 1];
    while (low <= high) {
      const middle = Math.floor((low + high) / 2);
      const found = this.leaf(middle)?.position as string;
      const order = comparePositions(found as Position, position as Position);
      if (order === 0) return middle;
      if (order < 0) low = middle + 1;
      else high = middle - 1;
    }
    return undefined;
  }

  subtree(level: number, index: number): Hash {
    const hash = level === 0 ? this.statements.leaf.get(index)?.hash : this.statements.node.get(level, index)?.hash;
    if (!hash) throw new RangeError(`the stored tree has no complete subtree at level ${level}, index ${index}`);
    return hash;
  }

  /**
   * Appends leaves that follow the event at `after` in the log (undefined: the log's start).
   * Returns how many were new. If the tree has moved past `after` (another process), the
   * leaves it already holds are skipped; if it is behind, nothing is appended.
   */
  append(leaves: readonly StoredLeaf[], after: string | undefined): number {
    return leaves.length === 0 ? 0 : this.appendInTransaction.immediate(leaves, after);
  }

  /** Forgets every leaf and node, to build the tree again from the log. */
  clear(): void {
    this.db.transaction(() => {
      this.statements.clear.run();
      this.statements.clearNodes.run();
    })();
  }

  private appendNow(leaves: readonly StoredLeaf[], after: string | undefined): number {
    if (this.lastPosition !== after) {
      const already = leaves.findIndex((leaf) => leaf.position === this.lastPosition);
      return already < 0 ? 0 : this.appendNow(leaves.slice(already + 1), this.lastPosition);
    }
    let size = this.size;
    // The left siblings still waiting for a right one, by level: what the next leaves combine with.
    if (this.frontierSize !== size) this.frontier.clear();
    // A failed append rolls back: what the frontier learnt from it must go too.
    this.frontierSize = -1;
    for (const { position, hash } of leaves) {
      this.statements.insertLeaf.run(size, position, hash);
      let [level, index, node] = [0, size, hash];
      while (index % 2 === 1) {
        const left = this.frontier.get(level);
        node = nodeHash(left?.index === index - 1 ? left.hash : this.subtree(level, index - 1), node);
        [level, index] = [level + 1, (index - 1) / 2];
        this.statements.insertNode.run(level, index, node);
      }
      this.frontier.set(level, { index, hash: node });
      size += 1;
    }
    this.frontierSize = size;
    return leaves.length;
  }
}

/** The tree's own SQLite file, beside the read models': data/hindsight.read-models.sqlite → data/hindsight.tree.sqlite. */
export const treePathFor = (readModelsPath: string): string =>
  readModelsPath === ':memory:' ? ':memory:' : readModelsPath.replace(/(\.read-models)?\.sqlite$/, '.tree.sqlite');
