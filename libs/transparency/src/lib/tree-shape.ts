/**
 * The shape of an RFC 9162 tree: a tree of n > 1 leaves splits into a complete left subtree of
 * k leaves, the largest power of two smaller than n, and the rest on the right. Sizes and
 * indexes are plain numbers (exact up to 2^53 leaves), so halving is division, not a shift.
 */
export const splitPoint = (n: number): number => {
  let k = 1;
  while (k * 2 < n) k *= 2;
  return k;
};

export const isPowerOfTwo = (n: number): boolean => n >= 1 && Number.isInteger(Math.log2(n)) && 2 ** Math.log2(n) === n;

export const half = (n: number): number => Math.floor(n / 2);

export const isOdd = (n: number): boolean => n % 2 === 1;

export const requireSize = (name: string, value: number): void => {
  if (!Number.isSafeInteger(value) || value < 0) throw new RangeError(`${name} must be a whole number ≥ 0, not ${value}`);
};
