/**
 * Arrays at least this long keep the JSON of their items, in runs of CHUNK: a report of
 * thousands of timeline entries is serialised mostly from them. Shorter ones are serialised
 * afresh, which costs less than the memory of keeping them.
 */
const KEPT_FROM = 500;
const CHUNK = 256;
const [OPEN, COMMA, CLOSE] = Buffer.from('[,]');

/** A run of consecutive items and their JSON, comma-separated. */
interface Chunk {
  items: readonly unknown[];
  bytes: Buffer;
}
/** Keyed by the run's first item: two revisions of a report hold the same objects at the same places until one is removed. */
const chunks = new WeakMap<object, Chunk>();

const sameItems = (kept: readonly unknown[], items: readonly unknown[], start: number): boolean =>
  kept.every((item, i) => item === items[start + i]);

/**
 * Only full runs are kept: the last, partial run of an array differs from one revision to the
 * next, and keeping it would replace a kept run at each request, to be collected with the old
 * generation.
 */
const chunkAt = (items: readonly unknown[], start: number): Buffer => {
  const end = Math.min(start + CHUNK, items.length);
  const first = items[start];
  const key = end - start === CHUNK && typeof first === 'object' && first !== null ? first : undefined;
  const known = key && chunks.get(key);
  if (known && sameItems(known.items, items, start)) return known.bytes;
  const run = items.slice(start, end);
  const bytes = Buffer.from(run.map((item) => JSON.stringify(item) ?? 'null').join(','));
  if (key) chunks.set(key, { items: run, bytes });
  return bytes;
};

const chunksOf = (items: readonly unknown[]): Buffer[] =>
  Array.from({ length: Math.ceil(items.length / CHUNK) }, (_, i) => chunkAt(items, i * CHUNK));

/** The pieces of a document's JSON: bytes, or the runs of an array's items to write between brackets. */
type Piece = Buffer | Buffer[];

const lengthOf = (piece: Piece): number =>
  Buffer.isBuffer(piece) ? piece.length : piece.reduce((length, item) => length + item.length, 1 + Math.max(piece.length, 1));

const copyInto = (out: Buffer, at: number, piece: Piece): number => {
  if (Buffer.isBuffer(piece)) return at + piece.copy(out, at);
  out[at++] = OPEN;
  piece.forEach((item, i) => {
    if (i > 0) out[at++] = COMMA;
    at += item.copy(out, at);
  });
  out[at++] = CLOSE;
  return at;
};

/**
 * The bytes of `JSON.stringify(value)`, for a document whose long top-level arrays share their
 * items with other documents: the revisions of one report share every timeline entry, cause
 * and action item that did not change between them, so time travel through a long report
 * serialises each run of items once, not once per revision read, and copies the runs once,
 * into a buffer of the document's exact size. Items must never be mutated (folded states never
 * are).
 */
export const jsonBytesSharingItems = (value: object): Buffer => {
  const pieces: Piece[] = [];
  for (const [key, member] of Object.entries(value) as Array<[string, unknown]>) {
    if (member === undefined || typeof member === 'function') continue;
    pieces.push(Buffer.from(`${pieces.length === 0 ? '{' : ','}${JSON.stringify(key)}:`));
    pieces.push(Array.isArray(member) && member.length >= KEPT_FROM ? chunksOf(member) : Buffer.from(JSON.stringify(member)));
  }
  pieces.push(Buffer.from(pieces.length === 0 ? '{}' : '}'));
  const out = Buffer.allocUnsafe(pieces.reduce((length, piece) => length + lengthOf(piece), 0));
  pieces.reduce((at, piece) => copyInto(out, at, piece), 0);
  return out;
};
