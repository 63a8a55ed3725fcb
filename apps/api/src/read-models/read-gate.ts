import type { Position } from '@hindsight/event-store';
import { ProjectionRunner } from '@hindsight/projections';
import type Database from 'better-sqlite3';
import { Inject, Injectable } from '@nestjs/common';
import { READ_MODELS } from './tokens';

/** How long a read waits for the read models to reach the caller's own write. */
const READ_YOUR_WRITES_TIMEOUT_MS = 3_000;

export class ReadModelsBehind extends Error {
  constructor(readonly wanted: string) {
    super(`The read models have not reached position ${wanted} yet; retry shortly`);
    this.name = 'ReadModelsBehind';
  }
}

/** Every read answers with the log position it reflects, after waiting for `minPosition` if asked. */
@Injectable()
export class ReadGate {
  constructor(
    @Inject(ProjectionRunner) private readonly runner: ProjectionRunner,
    @Inject(READ_MODELS) private readonly db: Database.Database,
  ) {}

  async read<T extends object>(minPosition: string | undefined, query: (db: Database.Database) => T): Promise<T & { position: string | null }> {
    if (minPosition && !(await this.runner.waitFor(minPosition as Position, READ_YOUR_WRITES_TIMEOUT_MS))) throw new ReadModelsBehind(minPosition);
    const position = this.runner.position ?? null;
    return { ...query(this.db), position };
  }
}
