import { comparePositions, type EventStore, type Position } from '@hindsight/event-store';
import { ProjectionRunner } from '@hindsight/projections';
import type Database from 'better-sqlite3';
import { Inject, Injectable } from '@nestjs/common';
import { InvalidRequest } from '../http/invalid-request';
import { EVENT_STORE } from '../postmortems/tokens';
import { ReadLagGauge } from './read-lag';
import { READ_MODELS } from './tokens';
import type { ReadPosition } from '@hindsight/contracts';

/** How long a read waits for the read models to reach the caller's own write. */
const READ_YOUR_WRITES_TIMEOUT_MS = 3_000;

export class ReadModelsBehind extends Error {
  constructor(readonly wanted: string) {
    super(`The read models have not reached position ${wanted} yet; retry shortly`);
    this.name = 'ReadModelsBehind';
  }
}

/** Every read answers with the log position it reflects and how far behind the log that is, after waiting for `minPosition` if asked. */
@Injectable()
export class ReadGate {
  constructor(
    @Inject(ProjectionRunner) private readonly runner: ProjectionRunner,
    @Inject(READ_MODELS) private readonly db: Database.Database,
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(ReadLagGauge) private readonly lag: ReadLagGauge,
  ) {}

  async read<T extends object>(minPosition: string | undefined, query: (db: Database.Database) => T): Promise<T & ReadPosition> {
    if (minPosition) await this.waitFor(minPosition as Position);
    const lag = await this.lag.current();
    const position = this.runner.position ?? null;
    return { ...query(this.db), position, lag };
  }

  /** Waits for a position the log has reached; one it has not reached was never returned by a command. */
  private async waitFor(minPosition: Position): Promise<void> {
    const reached = this.runner.position;
    if (reached !== undefined && comparePositions(minPosition, reached) <= 0) return;
    const last = await this.store.lastPosition();
    if (last === undefined || comparePositions(minPosition, last) > 0) {
      throw new InvalidRequest([{ field: 'minPosition', reason: `is beyond the end of the log (${last ?? 'empty'}); pass a position a command returned` }]);
    }
    if (!(await this.runner.waitFor(minPosition, READ_YOUR_WRITES_TIMEOUT_MS))) throw new ReadModelsBehind(minPosition);
  }
}
