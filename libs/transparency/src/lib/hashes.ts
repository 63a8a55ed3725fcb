import { hash } from 'node:crypto';

/**
 * RFC 9162 §2.1.1 hashing: leaves and interior nodes get different one-byte prefixes, so a
 * leaf can never be passed off as a node (second-preimage resistance).
 */
export type Hash = Buffer;

export const HASH_SIZE = 32;

// One-shot hashing: these are small inputs, hashed by the million when a tree is built.
const sha256 = (...parts: readonly Uint8Array[]): Hash => hash('sha256', parts.length === 1 ? parts[0] : Buffer.concat(parts), 'buffer') as Buffer;

const LEAF_PREFIX = Uint8Array.of(0x00);
const NODE_PREFIX = Uint8Array.of(0x01);

/** The root of the tree with no leaves: SHA-256 of the empty string. */
export const EMPTY_ROOT: Hash = sha256();

export const leafHash = (bytes: Uint8Array): Hash => sha256(LEAF_PREFIX, bytes);

/** The leaf hash of a text's UTF-8 bytes: the 0x00 prefix is U+0000, which UTF-8 writes as that one byte. */
export const leafHashOfText = (text: string): Hash => hash('sha256', `\u0000${text}`, 'buffer') as Buffer;

export const nodeHash = (left: Uint8Array, right: Uint8Array): Hash => sha256(NODE_PREFIX, left, right);

export const isHash = (value: unknown): value is Uint8Array => value instanceof Uint8Array && value.length === HASH_SIZE;
