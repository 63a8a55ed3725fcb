interface Log {
  warn(message: string): void;
  log(message: string): void;
}

/**
 * Runs a pass of background work (the outbox, the reminders) every `everyMs`, one pass at a
 * time. A failing pass (the store away) is said once per outage and tried again at the next tick.
 */
export class PeriodicJob {
  private timer?: NodeJS.Timeout;
  private pass: Promise<void> = Promise.resolve();
  private failing = false;
  private running = false;

  constructor(
    private readonly name: string,
    private readonly run: () => Promise<unknown>,
    private readonly everyMs: number,
    private readonly logger: Log,
  ) {}

  start(): void {
    this.timer = setInterval(() => this.tick(), this.everyMs);
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
    this.pass = this.run()
      .then(
        () => {
          if (this.failing) this.logger.log(`${this.name} is running again`);
          this.failing = false;
        },
        (error: Error) => {
          if (!this.failing) this.logger.warn(`${this.name} could not run: ${error.message}`);
          this.failing = true;
        },
      )
      .finally(() => (this.running = false));
  }
}
