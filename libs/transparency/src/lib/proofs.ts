import { EMPTY_ROOT, type Hash, nodeHash } from './hashes';
import { isPowerOfTwo, requireSize, splitPoint } from './tree-shape';

/**
 * Where proofs get their hashes: the complete subtrees of the tree, each identified by its
 * height (`level`, 0 for a leaf) and its place among the subtrees of that height. Every hash an
 * RFC 9162 proof needs is one of them, or combines a few along the tree's right edge.
 */
export interface CompleteSubtrees {
  readonly size: number;
  subtree(level: number, index: number): Hash;
}

/** MTH(D[start:end]) (RFC 9162 §2.1.1), for the ranges a tree's recursion produces. */
export const rangeHash = (tree: CompleteSubtrees, start: number, end: number): Hash => {
  const n = end - start;
  if (n === 0) return EMPTY_ROOT;
  if (isPowerOfTwo(n) && start % n === 0) return tree.subtree(Math.log2(n), start / n);
  const k = splitPoint(n);
  return nodeHash(rangeHash(tree, start, start + k), rangeHash(tree, start + k, end));
};

const requireWithin = (tree: CompleteSubtrees, size: number): void => {
  requireSize('tree size', size);
  if (size > tree.size) throw new RangeError(`tree size ${size} is larger than the tree (${tree.size})`);
};

export const rootAt = (tree: CompleteSubtrees, size: number = tree.size): Hash => {
  requireWithin(tree, size);
  return rangeHash(tree, 0, size);
};

/** PATH(m, D[start:start+n]) of RFC 9162 §2.1.3.1, bottom-up. */
const path = (tree: CompleteSubtrees, m: number, start: number, n: number): Hash[] => {
  if (n === 1) return [];
  const k = splitPoint(n);
  return m < k
    ? [...path(tree, m, start, k), rangeHash(tree, start + k, start + n)]
    : [...path(tree, m - k, start + k, n - k), rangeHash(tree, start, start + k)];
};

/** The audit path of leaf `index` in the tree of the first `size` leaves. */
export const inclusionProof = (tree: CompleteSubtrees, index: number, size: number): Hash[] => {
  requireWithin(tree, size);
  requireSize('leaf index', index);
  if (index >= size) throw new RangeError(`leaf ${index} is not in a tree of ${size} leaves`);
  return path(tree, index, 0, size);
};

/** SUBPROOF(m, D[start:start+n], whole) of RFC 9162 §2.1.4.1. */
const subproof = (tree: CompleteSubtrees, m: number, start: number, n: number, whole: boolean): Hash[] => {
  if (m === n) return whole ? [] : [rangeHash(tree, start, start + n)];
  const k = splitPoint(n);
  return m <= k
    ? [...subproof(tree, m, start, k, whole), rangeHash(tree, start + k, start + n)]
    : [...subproof(tree, m - k, start + k, n - k, false), rangeHash(tree, start, start + k)];
};

/** The proof that the tree of `first` leaves is a prefix of the tree of `second` leaves. */
export const consistencyProof = (tree: CompleteSubtrees, first: number, second: number): Hash[] => {
  requireWithin(tree, second);
  requireSize('first size', first);
  if (first > second) throw new RangeError(`first size ${first} is larger than second size ${second}`);
  return first === 0 || first === second ? [] : subproof(tree, first, 0, second, true);
};
