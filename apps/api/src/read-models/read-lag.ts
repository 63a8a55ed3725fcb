import type { ReadLag } from '@hindsight/contracts';
import { type Lag, ProjectionRunner } from '@hindsight/projections';
import { Inject, Injectable } from '@nestjs/common';
import { LAG_COUNT_LIMIT } from '../metrics/projection-lag';

/** A measurement serves every read of the next second: counting costs a read of the log. */
const MEASURE_EVERY_MS = 1_000;

/**
 * How far behind the log the read models are, as each read says: measured at most a second
 * before the read, events counted up to LAG_COUNT_LIMIT. Reads answer from the first second
 * after start, while a large log is still being applied, and this is how they say so.
 */
@Injectable()
export class ReadLagGauge {
  private measured?: { at: number; lag: Lag };
  private measuring?: Promise<Lag>;

  constructor(@Inject(ProjectionRunner) private readonly runner: ProjectionRunner) {}

  async current(): Promise<ReadLag> {
    const catchingUp = !this.runner.following;
    // The first read waits for a measurement; later ones take the last and refresh it in the background.
    if (!this.measured) return { ...(await this.measure()), catchingUp };
    if (Date.now() - this.measured.at >= MEASURE_EVERY_MS) void this.measure().catch(() => undefined);
    return { ...this.measured.lag, catchingUp };
  }

  private measure(): Promise<Lag> {
    this.measuring ??= this.runner
      .lag(LAG_COUNT_LIMIT)
      .then((lag) => {
        this.measured = { at: Date.now(), lag };
        return lag;
      })
      .finally(() => (this.measuring = undefined));
    return this.measuring;
  }
}
