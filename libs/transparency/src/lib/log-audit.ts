import { betweenPages, type EventStore, type Position, type RecordedEvent } from '@hindsight/event-store';
import type { Checkpoint } from './checkpoint';
import { CompactRange } from './compact-range';
import type { Hash } from './hashes';
import { toLeaf } from './tree-follower';

/** A copy of the leaf hashes: the stored tree, or a witness directory's. Trusted only if it hashes to the checkpoint's root. */
export interface LeafCopy {
  readonly name: string;
  leaf(index: number): Hash | undefined;
}

export interface FirstBadLeaf {
  index: number;
  reason: string;
  /** The event the log holds at that place, if it holds one. */
  event?: { streamId: string; revision: string; id: string; position: string };
}

export interface LogAudit {
  valid: boolean;
  checkpoint: { size: number; root: string };
  /** Events in the log now; those past the checkpoint are not covered by it yet. */
  logSize: number;
  /** Where the log first departs from the checkpoint, when an authentic copy of the leaves could tell. */
  firstBad?: FirstBadLeaf;
  /** Why the log does not match, when no copy of the leaves could say where. */
  reason?: string;
}

export async function* readLog(store: Pick<EventStore, 'readAll'>, pageSize = 5_000): AsyncGenerator<RecordedEvent[]> {
  for (let after: Position | undefined; ; ) {
    const page = await store.readAll({ after, limit: pageSize });
    if (page.length > 0) yield page;
    if (page.length < pageSize) return;
    after = page[page.length - 1].position;
    await betweenPages();
  }
}

const describe = (event: RecordedEvent | undefined) =>
  event && { streamId: event.streamId, revision: event.revision.toString(), id: event.id, position: event.position };

/** Where, after `index`, the log holds the leaf `wanted`, if it does: read again, only when something is wrong. */
const laterInLog = async (read: () => AsyncIterable<RecordedEvent[]>, index: number, wanted: Hash): Promise<number | undefined> => {
  let at = 0;
  for await (const page of read()) {
    for (const event of page) {
      if (at > index && toLeaf(event).hash.equals(wanted)) return at;
      at += 1;
    }
  }
  return undefined;
};

/** Why the log's leaf at `index` is not the checkpoint's: the checkpoint's event moved, an event inserted, events deleted, or one changed. */
const classify = async (read: () => AsyncIterable<RecordedEvent[]>, copy: LeafCopy, index: number, found: Hash, size: number): Promise<string> => {
  const expected = copy.leaf(index) as Hash;
  const movedTo = await laterInLog(read, index, expected);
  if (movedTo === index + 1) return 'the log has an event here that the checkpoint does not (inserted)';
  if (movedTo !== undefined) return `the event the checkpoint has here is at event ${movedTo} of the log instead (reordered)`;
  for (let ahead = 1; ahead <= 10_000 && index + ahead < size; ahead += 1) {
    if (copy.leaf(index + ahead)?.equals(found)) return `${ahead} event${ahead === 1 ? '' : 's'} the checkpoint covers from here ${ahead === 1 ? 'is' : 'are'} missing from the log (deleted)`;
  }
  return 'the event here differs from the one the checkpoint covers (changed)';
};

/** Whether the copy's first `size` leaves hash to `root`: only then can it say where the log departs. */
const isAuthentic = (copy: LeafCopy, size: number, root: Hash): boolean => {
  const range = new CompactRange();
  for (let i = 0; i < size; i += 1) {
    const leaf = copy.leaf(i);
    if (!leaf) return false;
    range.append(leaf);
  }
  return range.root().equals(root);
};

/** The first of the checkpoint's leaves where the log holds another event, or none where the log only ends early. */
const firstDifference = async (read: () => AsyncIterable<RecordedEvent[]>, copy: LeafCopy, size: number): Promise<{ index: number; event: RecordedEvent } | undefined> => {
  let index = 0;
  for await (const page of read()) {
    for (const event of page) {
      if (index >= size) return undefined;
      if (!(copy.leaf(index) as Hash).equals(toLeaf(event).hash)) return { index, event };
      index += 1;
    }
  }
  return undefined;
};

/**
 * Checks the log against a checkpoint the caller trusts (signature verified, ideally taken
 * from a witness): the first `size` events must hash to its root. Only when they do not are the
 * copies of the leaf hashes consulted: the first that still hashes to that root is compared
 * leaf by leaf with the log, to name the first event that was changed, inserted, removed or
 * moved. `read` reads the log from its start each time it is called (again only when something
 * is wrong); `onEvent` sees every event of the first reading, for checks that share it.
 */
export const auditLog = async (
  read: () => AsyncIterable<RecordedEvent[]>,
  trusted: Checkpoint,
  copies: readonly LeafCopy[],
  onEvent: (event: RecordedEvent) => void = () => undefined,
): Promise<LogAudit> => {
  const log = new CompactRange();
  let logRoot = trusted.size === 0 ? log.root() : undefined;
  for await (const page of read()) {
    for (const event of page) {
      onEvent(event);
      log.append(toLeaf(event).hash);
      if (log.size === trusted.size) logRoot = log.root();
    }
  }
  const summary = { checkpoint: { size: trusted.size, root: trusted.root.toString('hex') }, logSize: log.size };
  if (logRoot?.equals(trusted.root)) return { ...summary, valid: true };

  const copy = copies.find((c) => isAuthentic(c, trusted.size, trusted.root));
  if (!copy) {
    return {
      ...summary,
      valid: false,
      reason:
        log.size < trusted.size
          ? `the log holds ${log.size} events; the checkpoint covers ${trusted.size}`
          : `the first ${trusted.size} events do not hash to the checkpoint's root, and no copy of the leaves (${copies.map((c) => c.name).join(', ') || 'none given'}) is authentic to say where`,
    };
  }
  const diff = await firstDifference(read, copy, trusted.size);
  if (!diff) {
    return { ...summary, valid: false, firstBad: { index: log.size, reason: `the log ends after ${log.size} events, and the checkpoint covers ${trusted.size}: the newest events were removed (the log was rolled back)` } };
  }
  const reason = await classify(read, copy, diff.index, toLeaf(diff.event).hash, trusted.size);
  return { ...summary, valid: false, firstBad: { index: diff.index, reason, event: describe(diff.event) } };
};
