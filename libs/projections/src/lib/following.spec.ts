import { generateHistory, writeHistory } from '@hindsight/demo-data';
import { type EventHandler, type EventStore, KurrentDbEventStore, type Position, SqliteEventStore, type Subscription } from '@hindsight/event-store';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { dumpReadModels } from './dump';
import { nextBatchSize, resumeDelay } from './following';
import { ProjectionRunner } from './projection-runner';
import { openReadModels } from './read-model-database';
import { ALL_PROJECTIONS } from './read-models';

/**
 * A decorator over a real store whose live subscriptions can be cut as a dropped connection, a
 * node restart or a leader election cuts them: delivery stops and the subscription ends in error.
 */
class SeveringStore implements EventStore {
  private readonly live = new Set<() => void>();

  constructor(private readonly inner: EventStore) {}

  append: EventStore['append'] = (...args) => this.inner.append(...args);
  readStream: EventStore['readStream'] = (...args) => this.inner.readStream(...args);
  readAll: EventStore['readAll'] = (...args) => this.inner.readAll(...args);
  readEachStream: EventStore['readEachStream'] = (...args) => this.inner.readEachStream(...args);
  lastPosition: EventStore['lastPosition'] = () => this.inner.lastPosition();
  close: EventStore['close'] = () => this.inner.close();

  subscribe(handler: EventHandler, options: { after?: Position } = {}): Subscription {
    let severed = false;
    const inner = this.inner.subscribe((event) => (severed ? undefined : handler(event)), options);
    let cut: (error: Error) => void = () => undefined;
    const lost = new Promise<void>((_resolve, reject) => (cut = reject));
    const sever = () => {
      severed = true;
      this.live.delete(sever);
      void inner.close();
      cut(new Error('14 UNAVAILABLE: connection dropped'));
    };
    this.live.add(sever);
    return { close: () => (this.live.delete(sever), inner.close()), done: Promise.race([inner.done, lost]) };
  }

  /** Cuts every live subscription; how many there were. */
  sever(): number {
    const cut = [...this.live];
    for (const sever of cut) sever();
    return cut.length;
  }
}

const end = new Date('2026-11-01T00:00:00Z');

const kurrentDbUrl = process.env['HINDSIGHT_KURRENTDB_TEST_URL'];
const stores: [string, () => EventStore][] = [
  ['the embedded store', () => SqliteEventStore.open(join(mkdtempSync(join(tmpdir(), 'hindsight-severed-')), 'events.sqlite'))],
  // Only with a server to run against (none can run on these machines); without it this case is not listed.
  ...(kurrentDbUrl ? [['KurrentDB', () => KurrentDbEventStore.connect(kurrentDbUrl)] as [string, () => EventStore]] : []),
];

describe.each(stores)('Following %s through lost subscriptions', (_, open) => {
  it('given writes going on, when the subscription is cut 20 times, then nothing is lost or applied twice, and it ends following live with lag 0 (ready)', async () => {
    const store = new SeveringStore(open());
    const db = openReadModels(':memory:');
    const warnings: string[] = [];
    const runner = new ProjectionRunner(store, db, ALL_PROJECTIONS, { resumeDelayMs: { first: 1, max: 20 }, warn: (m) => warnings.push(m) });
    await runner.start();
    const writing = writeHistory(store, generateHistory({ end, incidents: 40 }));
    let cuts = 0;
    try {
      while (cuts < 20) {
        await new Promise((resolve) => setTimeout(resolve, 5));
        cuts += store.sever();
      }
    } finally {
      await writing;
    }
    const last = (await store.readAll()).at(-1)?.position as Position;
    expect(await runner.waitFor(last, 10_000)).toBe(true);
    // The last resumption may still be between catching up and subscribing again.
    for (let tries = 0; !runner.following && tries < 200; tries++) await new Promise((resolve) => setTimeout(resolve, 10));
    expect(await runner.lag(100)).toEqual({ events: 0, seconds: 0 });
    expect(runner.resumes).toBe(20);
    expect(runner.following).toBe(true);
    expect(warnings.filter((w) => w.startsWith('Projections lost'))).toHaveLength(20);
    const live = dumpReadModels(db);
    await runner.stop();

    const rebuilt = openReadModels(':memory:');
    await new ProjectionRunner(store, rebuilt, ALL_PROJECTIONS).rebuild();
    expect(live).toEqual(dumpReadModels(rebuilt));
    await store.close();
  });
});

describe('Resuming a lost subscription', () => {

  it('waits longer after each failed try, at random up to a cap', () => {
    expect([0, 1, 2, 3, 10].map((attempt) => resumeDelay(attempt, { first: 100, max: 1_000 }, () => 1))).toEqual([100, 200, 400, 800, 1_000]);
    expect(resumeDelay(5, { first: 100, max: 1_000 }, () => 0.25)).toBe(250);
  });
});

describe('Sizing the batches of catching up', () => {
  it('given batches take longer than a slice, when it sizes the next, then it shrinks halfway toward a slice, never below 250 events', () => {
    expect(nextBatchSize(5_000, 800, 200, 5_000)).toBe(3_125);
    expect(nextBatchSize(300, 10_000, 200, 5_000)).toBe(250);
  });

  it('given batches take less than a slice, when it sizes the next, then it grows halfway toward a slice, never past the largest', () => {
    expect(nextBatchSize(1_000, 100, 200, 5_000)).toBe(1_500);
    expect(nextBatchSize(4_000, 1, 200, 5_000)).toBe(5_000);
    expect(nextBatchSize(100, 1, 200, 100)).toBe(100);
  });
});
