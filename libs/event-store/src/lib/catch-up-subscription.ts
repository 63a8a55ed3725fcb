import type { EventHandler, Position, ReadAllOptions, RecordedEvent, Subscription } from './event-store';

const BATCH = 500;

/**
 * Delivers the global log to a handler one event at a time: first what is already stored
 * after `after`, then whatever arrives. `waitForMore` resolves when new events may exist
 * (an in-process signal, a poll timer, or both) or when the abort signal fires.
 */
export const catchUpSubscription = (
  readAll: (options: ReadAllOptions) => Promise<RecordedEvent[]>,
  waitForMore: (signal: AbortSignal) => Promise<void>,
  handler: EventHandler,
  after: Position | undefined,
): Subscription => {
  const stop = new AbortController();
  const run = async (): Promise<void> => {
    let position = after;
    while (!stop.signal.aborted) {
      const batch = await readAll({ after: position, limit: BATCH });
      for (const event of batch) {
        if (stop.signal.aborted) return;
        await handler(event);
        position = event.position;
      }
      if (batch.length < BATCH) await waitForMore(stop.signal);
    }
  };
  const done = run();
  return {
    done,
    close: async () => {
      stop.abort();
      await done.catch(() => undefined);
    },
  };
};

/** Resolves on the next `notify()`, after `pollMs` at the latest, or when aborted. */
export class Wakeup {
  private waiters = new Set<() => void>();

  constructor(private readonly pollMs: number) {}

  notify(): void {
    const waiters = [...this.waiters];
    this.waiters.clear();
    waiters.forEach((wake) => wake());
  }

  wait = (signal: AbortSignal): Promise<void> =>
    new Promise((resolve) => {
      if (signal.aborted) return resolve();
      const wake = () => {
        clearTimeout(timer);
        signal.removeEventListener('abort', wake);
        this.waiters.delete(wake);
        resolve();
      };
      const timer = setTimeout(wake, this.pollMs);
      signal.addEventListener('abort', wake, { once: true });
      this.waiters.add(wake);
    });
}
