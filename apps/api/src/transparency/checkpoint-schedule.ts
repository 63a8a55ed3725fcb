import { type Checkpointer, TreeRewrittenError, WitnessRefusedError } from '@hindsight/transparency';
import type { IntegrityMonitor } from './integrity-monitor';

/**
 * Signs a checkpoint when the tree has grown and either `seconds` have passed or `events` new
 * leaves have arrived since the last one. A witness refusing it, or the tree no longer
 * extending the last one signed, is raised as an integrity alarm, never retried silently.
 */
export class CheckpointSchedule {
  private timer?: NodeJS.Timeout;
  private failing = false;

  constructor(
    private readonly checkpointer: Checkpointer,
    private readonly monitor: IntegrityMonitor,
    private readonly every: { seconds: number; events: number },
    private readonly log: { warn(message: string): void; error(message: string): void },
  ) {}

  start(): void {
    this.timer = setInterval(() => void this.issue(), this.every.seconds * 1000);
    this.timer.unref();
  }

  stop(): void {
    clearInterval(this.timer);
  }

  /** Called as the tree grows. */
  grown(size: number): void {
    const signed = this.checkpointer.latest()?.checkpoint.size ?? 0;
    if (size - signed >= this.every.events) void this.issue();
  }

  async issue(): Promise<void> {
    try {
      await this.checkpointer.issue();
      this.failing = false;
    } catch (error) {
      if (error instanceof WitnessRefusedError || error instanceof TreeRewrittenError) {
        this.log.error(`Checkpoint refused: ${error.message}`);
        this.monitor.raise(error.message);
      } else if (!this.failing) {
        // A witness that cannot be reached is retried at the next checkpoint; said once per outage.
        this.log.warn(`A checkpoint could not be issued: ${(error as Error).message}`);
      }
      this.failing = true;
    }
  }
}
