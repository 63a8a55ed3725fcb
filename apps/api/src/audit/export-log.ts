import type { EventStore, RecordedEvent } from '@hindsight/event-store';
import type { Principal } from '@hindsight/identity';
import { Inject, Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { Clock } from '../clock';
import { EVENT_STORE } from '../postmortems/tokens';

/** The stream that records who exported what, hash-chained like every other stream. */
export const EXPORT_LOG_STREAM = 'audit-exports';

export interface ExportRecord {
  postmortemId: string;
  format: 'bundle' | 'markdown' | 'pdf' | 'csv';
  revision: number;
  /** The signed checkpoint the export was made under: the log as it stood. */
  checkpoint: { size: number; root: string };
  /** SHA-256 of the file served, so a file in hand can be matched to its record. */
  digest: string;
}

/** Exports are reads an auditor must be able to account for: each one is recorded before it is served. */
@Injectable()
export class ExportLog {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(Clock) private readonly clock: Clock,
  ) {}

  async record(caller: Principal, record: ExportRecord): Promise<void> {
    const id = randomUUID();
    await this.store.append(
      EXPORT_LOG_STREAM,
      [{ id, type: 'ReportExported', schemaVersion: 1, data: { ...record }, metadata: { actor: caller.subject, timestamp: this.clock.now().toISOString(), correlationId: id, causationId: id } }],
      'any',
    );
  }

  /** Newest first; records from before checkpoints existed have none, nor a digest. */
  async list(): Promise<(Omit<ExportRecord, 'checkpoint' | 'digest'> & { checkpoint: ExportRecord['checkpoint'] | null; digest: string | null; actor: string; timestamp: string })[]> {
    const events: RecordedEvent[] = await this.store.readStream(EXPORT_LOG_STREAM);
    return events
      .map((e) => {
        const data = e.data as unknown as Partial<ExportRecord> & Pick<ExportRecord, 'postmortemId' | 'format' | 'revision'>;
        return { ...data, checkpoint: data.checkpoint ?? null, digest: data.digest ?? null, actor: e.metadata.actor, timestamp: e.metadata.timestamp };
      })
      .reverse();
  }
}
