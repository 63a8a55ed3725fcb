import { generateHistory, writeHistory } from '@hindsight/demo-data';
import { InMemoryEventStore, type Position, type RecordedEvent } from '@hindsight/event-store';
import type { Projection, ReportChange } from './projection';
import { ProjectionRunner } from './projection-runner';
import { openReadModels } from './read-model-database';
import { ALL_PROJECTIONS } from './read-models';
import { dumpReadModels } from './dump';
import { rebuildReadModelsFile } from './rebuild-file';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const history = generateHistory({ end: new Date('2026-11-01T00:00:00Z'), incidents: 40 });

/** The read models of catching up on the whole log in order, batch after batch: what every rebuild must equal. */
const inOrder = async (store: InMemoryEventStore) => {
  const db = openReadModels(':memory:');
  await new ProjectionRunner(store, db, ALL_PROJECTIONS, { batchSize: 61 }).catchUp();
  return dumpReadModels(db);
};

/** Appends recorded events one by one, as they were appended first. */
const copy = async (store: InMemoryEventStore, events: readonly RecordedEvent[]) => {
  for (const { streamId, revision, id, type, schemaVersion, data, metadata } of events) {
    const { actor, timestamp, correlationId, causationId } = metadata;
    await store.append(streamId, [{ id, type, schemaVersion, data, metadata: { actor, timestamp, correlationId, causationId } }], revision === 0n ? 'no_stream' : revision - 1n);
  }
};

/** Records every change it is given; stores nothing. */
const recorder = (seen: ReportChange[], failOnCall?: number): Projection => ({
  name: 'recorder',
  version: 1,
  migrate: () => undefined,
  drop: () => seen.splice(0),
  apply: (_db, changes) => {
    if (failOnCall !== undefined && --failOnCall === 0) throw new Error('power cut');
    seen.push(...changes);
  },
});

describe('Rebuilding every projection', () => {
  it('given reports written alongside one another, then each reaches every projection once, whole, and the rows equal catching up in order', async () => {
    const store = new InMemoryEventStore();
    const events = await writeHistory(store, history);
    const seen: ReportChange[] = [];
    const db = openReadModels(':memory:');
    const runner = new ProjectionRunner(store, db, [...ALL_PROJECTIONS, recorder(seen)], { batchSize: 50 });

    expect(await runner.rebuild()).toBe(events);

    const byReport = new Map(seen.map((change) => [change.postmortemId, change]));
    expect(seen).toHaveLength(40);
    expect([...byReport.values()].every((change) => change.before === null)).toBe(true);
    expect(seen.reduce((sum, change) => sum + change.events.length, 0)).toBe(events);
    expect(runner.position).toBe(await store.lastPosition());
    expect(dumpReadModels(db)).toEqual(await inOrder(store));
  });

  it('given events are appended once it has begun, then they are applied after it, in order, and none twice', async () => {
    const written = new InMemoryEventStore();
    await writeHistory(written, history);
    const events = await written.readAll();
    const store = new InMemoryEventStore();
    await copy(store, events.slice(0, 300));
    // The rebuild takes the log's head, then the rest of the log lands: in reports it has folded, reports it has yet to, and new ones.
    const head = store.lastPosition.bind(store);
    store.lastPosition = async () => {
      const position = await head();
      await copy(store, events.slice(300));
      return position;
    };
    const db = openReadModels(':memory:');
    const runner = new ProjectionRunner(store, db, ALL_PROJECTIONS, { batchSize: 50 });

    await runner.rebuild();

    expect(runner.position).toBe(await head());
    expect(dumpReadModels(db)).toEqual(await inOrder(store));
  });

  it('given it stops partway, when the runner starts again, then it says so and rebuilds them, never building on the part done', async () => {
    const store = new InMemoryEventStore();
    await writeHistory(store, history);
    const db = openReadModels(':memory:');
    await new ProjectionRunner(store, db, ALL_PROJECTIONS).catchUp();
    const stopping = new ProjectionRunner(store, db, [...ALL_PROJECTIONS, recorder([], 3)], { batchSize: 50 });
    await expect(stopping.rebuild()).rejects.toThrow('power cut');
    expect(db.prepare('SELECT count(*) AS n FROM rm_reports').get()).not.toEqual({ n: 40 });

    const warnings: string[] = [];
    const restarted = new ProjectionRunner(store, db, ALL_PROJECTIONS, { warn: (w) => warnings.push(w) });
    expect(restarted.position).toBeUndefined();
    await restarted.catchUp();

    expect(warnings).toContain('Projection report-document was being rebuilt when it stopped: rebuilding it again');
    expect(warnings).toHaveLength(ALL_PROJECTIONS.length);
    expect(restarted.position).toBe(await store.lastPosition() as Position);
    expect(dumpReadModels(db)).toEqual(await inOrder(store));
  });

  it('given the runner follows the log, then it refuses to rebuild until stopped', async () => {
    const store = new InMemoryEventStore();
    await writeHistory(store, history.slice(0, 50));
    const runner = new ProjectionRunner(store, openReadModels(':memory:'), ALL_PROJECTIONS);
    await runner.start();
    await expect(runner.rebuild()).rejects.toThrow('Stop the projection runner before rebuilding');
    await runner.stop();
    expect(await runner.rebuild()).toBeGreaterThan(0);
  });

  it('into a new file, given it fails partway, then the old file is left as it was and the new one removed; given it succeeds, the new one replaces it', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'hindsight-rebuild-file-'));
    try {
      const store = new InMemoryEventStore();
      await writeHistory(store, history);
      const path = join(dir, 'read-models.sqlite');
      const old = openReadModels(path);
      await new ProjectionRunner(store, old, ALL_PROJECTIONS.slice(0, 2)).catchUp();
      const before = dumpReadModels(old);
      old.close();

      await expect(rebuildReadModelsFile(store, path, [...ALL_PROJECTIONS, recorder([], 2)], { batchSize: 50 })).rejects.toThrow('power cut');
      expect(readdirSync(dir)).toEqual(['read-models.sqlite']);
      const kept = openReadModels(path);
      expect(dumpReadModels(kept)).toEqual(before);
      kept.close();

      expect((await rebuildReadModelsFile(store, path, ALL_PROJECTIONS, { batchSize: 50 })).position).toBe(await store.lastPosition());
      expect(readdirSync(dir)).toEqual(['read-models.sqlite']);
      const rebuilt = openReadModels(path);
      expect(dumpReadModels(rebuilt)).toEqual(await inOrder(store));
      rebuilt.close();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
