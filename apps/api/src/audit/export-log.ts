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

  async list(): Promise<(ExportRecord & { actor: string; timestamp: string })[]> {
    const events: RecordedEvent[] = await this.store.readStream(EXPORT_LOG_STREAM);
    return events.map((e) => ({ ...(e.data as unknown as ExportRecord), actor: e.metadata.actor, timestamp: e.metadata.timestamp })).reverse();
  }
}
