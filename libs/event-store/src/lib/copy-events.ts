import { appendsWithin } from './append-limit';
import type { EventStore, NewEvent, Position, RecordedEvent, StreamRevision } from './event-store';

const PAGE = 1_000;

export interface CopyProgress {
  copied: number;
  skipped: number;
  position: Position;
}

/**
 * Copies every event from one store to another in global order, keeping ids, types, data,
 * metadata and revisions; the target chains them again and must arrive at the same hashes.
 * Resumable: events the target already holds (by stream revision) are skipped, so an
 * interrupted copy is finished by running it again.
 */
export const copyEvents = async (source: EventStore, target: EventStore, onProgress?: (progress: CopyProgress) => void): Promise<CopyProgress> => {
  const heads = new Map<string, StreamRevision | undefined>();
  const headOf = async (streamId: string) => {
    if (!heads.has(streamId)) heads.set(streamId, (await target.readStream(streamId)).at(-1)?.revision);
    return heads.get(streamId);
  };
  const progress: CopyProgress = { copied: 0, skipped: 0, position: '' as Position };
  for (let after: Position | undefined; ; ) {
    const page = await source.readAll({ after, limit: PAGE });
    for (const run of runsByStream(page)) {
      const head = await headOf(run[0].streamId);
      const missing = run.filter((e) => head === undefined || e.revision > head);
      progress.skipped += run.length - missing.length;
      if (missing.length === 0) continue;
      // Each append fits the target's limit; a copy cut between two of them resumes from the stream's head.
      for (const chunk of appendsWithin(missing.map(asNewEvent))) {
        const head = heads.get(missing[0].streamId);
        const result = await target.append(missing[0].streamId, chunk, head === undefined ? 'no_stream' : head);
        heads.set(missing[0].streamId, result.revision);
        progress.copied += chunk.length;
      }
    }
    if (page.length === 0) return progress;
    after = page[page.length - 1].position;
    progress.position = after;
    onProgress?.({ ...progress });
    if (page.length < PAGE) return progress;
  }
};

/** Consecutive events of the same stream, so each becomes one append. */
const runsByStream = (events: readonly RecordedEvent[]): RecordedEvent[][] =>
  events.reduce<RecordedEvent[][]>((runs, event) => {
    const last = runs.at(-1);
    if (last && last[0].streamId === event.streamId) last.push(event);
    else runs.push([event]);
    return runs;
  }, []);

const asNewEvent = ({ id, type, schemaVersion, data, metadata: { prevHash: _p, hash: _h, ...metadata } }: RecordedEvent): NewEvent => ({
  id,
  type,
  schemaVersion,
  data,
  metadata,
});
