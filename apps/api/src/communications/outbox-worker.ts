import type { Outbox } from '@hindsight/communications';

interface Log {
  warn(message: string): void;
  log(message: string): void;
}

/**
 * Runs the outbox every `pollMs`, one pass at a time. A failing pass (the store away) is
 * said once per outage and tried again at the next tick.
 */
export class OutboxWorker {
  private timer?: NodeJS.Timeout;
  private pass: Promise<void> = Promise.resolve();
  private failing = false;
  private running = false;

  constructor(
    private readonly outbox: Outbox,
    private readonly pollMs: number,
    private readonly logger: Log,
  ) {}

  start(): void {
    this.timer = setInterval(() => this.tick(), this.pollMs);
    this.timer.unref();
  }

  /** Stops polling and waits for the pass under way: a message being sent is seen through to its outcome. */
  async stop(): Promise<void> {
    clearInterval(this.timer);
    await this.pass;
  }

  private tick(): void {
    if (this.running) return;
    this.running = true;
    this.pass = this.outbox
      .deliverDue()
      .then(
        () => {
          if (this.failing) this.logger.log('The outbox is delivering again');
          this.failing = false;
        },
        (error: Error) => {
          if (!this.failing) this.logger.warn(`The outbox could not run: ${error.message}`);
          this.failing = true;
        },
      )
      .finally(() => (this.running = false));
  }
}
