import { createHash } from 'node:crypto';

/**
 * RFC 9162 §2.1.1 hashing: leaves and interior nodes get different one-byte prefixes, so a
 * leaf can never be passed off as a node (second-preimage resistance).
 */
export type Hash = Buffer;

export const HASH_SIZE = 32;

const sha256 = (...parts: readonly Uint8Array[]): Hash => {
  const hash = createHash('sha256');
  parts.forEach((part) => hash.update(part));
  return hash.digest();
};

const LEAF_PREFIX = Uint8Array.of(0x00);
const NODE_PREFIX = Uint8Array.of(0x01);

/** The root of the tree with no leaves: SHA-256 of the empty string. */
export const EMPTY_ROOT: Hash = sha256();

export const leafHash = (bytes: Uint8Array): Hash => sha256(LEAF_PREFIX, bytes);

export const nodeHash = (left: Uint8Array, right: Uint8Array): Hash => sha256(NODE_PREFIX, left, right);

export const isHash = (value: unknown): value is Uint8Array => value instanceof Uint8Array && value.length === HASH_SIZE;
