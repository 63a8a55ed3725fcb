import { generateHistory, writeHistory } from '@hindsight/demo-data';
import { InMemoryEventStore } from '@hindsight/event-store';
import type { Projection } from './projection';
import { ProjectionRunner } from './projection-runner';
import { openReadModels } from './read-model-database';
import { ALL_PROJECTIONS } from './read-models';
import { listReports } from './queries/reports';
import { dumpReadModels } from './dump';

const end = new Date('2026-11-01T00:00:00Z');
const history = generateHistory({ end, incidents: 60 });

describe('The projection runner', () => {
  it('given a history, when it catches up, then every read model reflects every report', async () => {
    const store = new InMemoryEventStore();
    const events = await writeHistory(store, history);
    const db = openReadModels(':memory:');
    const runner = new ProjectionRunner(store, db, ALL_PROJECTIONS, { batchSize: 250 });
    expect(await runner.catchUp()).toBe(events);
    expect(runner.position).toBe((await store.readAll()).at(-1)?.position);
    expect(listReports(db, { limit: 1000, offset: 0 }).total).toBe(60);
    expect(listReports(db, { q: 'spring sale', limit: 10, offset: 0 }).items.map((r) => r.title)).toEqual(['Checkout slows to a crawl during the spring sale']);
  });

  it('given it followed events live, when every projection is rebuilt from zero, then the rows are exactly the same', async () => {
    const store = new InMemoryEventStore();
    const db = openReadModels(':memory:');
    const runner = new ProjectionRunner(store, db, ALL_PROJECTIONS);
    await runner.start();
    const half = Math.floor(history.length / 2);
    await writeHistory(store, history.slice(0, half));
    const last = (await store.readAll()).at(-1)?.position;
    expect(await runner.waitFor(last as NonNullable<typeof last>, 5_000)).toBe(true);
    const live = dumpReadModels(db);
    await runner.stop();

    const rebuilt = openReadModels(':memory:');
    await new ProjectionRunner(store, rebuilt, ALL_PROJECTIONS, { batchSize: 97 }).rebuild();
    expect(dumpReadModels(rebuilt)).toEqual(live);
    await runner.rebuild(['trends']);
    expect(dumpReadModels(db)).toEqual(live);
  });

  it('given it keeps one folded report in memory, when it catches up, then the rows are exactly those of keeping them all', async () => {
    const store = new InMemoryEventStore();
    await writeHistory(store, history);
    const all = openReadModels(':memory:');
    await new ProjectionRunner(store, all, ALL_PROJECTIONS, { batchSize: 50, statesKept: 100_000 }).catchUp();
    const one = openReadModels(':memory:');
    await new ProjectionRunner(store, one, ALL_PROJECTIONS, { batchSize: 50, statesKept: 1 }).catchUp();
    expect(dumpReadModels(one)).toEqual(dumpReadModels(all));
  });

  it('applies nothing twice when asked to catch up again', async () => {
    const store = new InMemoryEventStore();
    await writeHistory(store, history.slice(0, 200));
    const db = openReadModels(':memory:');
    const runner = new ProjectionRunner(store, db, ALL_PROJECTIONS);
    await runner.catchUp();
    const once = dumpReadModels(db);
    expect(await runner.catchUp()).toBe(0);
    expect(await new ProjectionRunner(store, db, ALL_PROJECTIONS).catchUp()).toBe(0);
    expect(dumpReadModels(db)).toEqual(once);
  });

  it('skips event types it does not know, with one warning', async () => {
    const store = new InMemoryEventStore();
    await writeHistory(store, history.slice(0, 20));
    const stranger = { id: 'x1', type: 'SomethingNew', schemaVersion: 1, data: {}, metadata: { actor: 'a', timestamp: '2026-01-01T00:00:00Z', correlationId: 'c', causationId: 'c' } };
    await store.append(`postmortem-${history[0].postmortemId}`, [stranger], 'stream_exists');
    await store.append(`postmortem-${history[0].postmortemId}`, [{ ...stranger, id: 'x2' }], 'stream_exists');
    const warnings: string[] = [];
    const runner = new ProjectionRunner(store, openReadModels(':memory:'), ALL_PROJECTIONS, { warn: (w) => warnings.push(w) });
    await runner.catchUp();
    expect(warnings).toEqual(["Projections skip unknown event type 'SomethingNew'"]);
    expect(runner.position).toBe((await store.readAll()).at(-1)?.position);
  });

  it('rebuilds a projection whose version changed, and only that one', async () => {
    const store = new InMemoryEventStore();
    await writeHistory(store, history.slice(0, 100));
    const db = openReadModels(':memory:');
    await new ProjectionRunner(store, db, ALL_PROJECTIONS).catchUp();
    const before = dumpReadModels(db);
    const bumped = ALL_PROJECTIONS.map((p) => (p.name === 'causes' ? { ...p, version: p.version + 1 } : p));
    const warnings: string[] = [];
    const runner = new ProjectionRunner(store, db, bumped, { warn: (w) => warnings.push(w) });
    expect(runner.position).toBeUndefined();
    await runner.catchUp();
    expect(warnings).toEqual(['Projection causes changed from version 1 to 2: rebuilding it']);
    expect(dumpReadModels(db)).toEqual(before);
  });

  it('given a projection fails mid-batch, then none of the batch is stored and the checkpoint stays', async () => {
    const store = new InMemoryEventStore();
    await writeHistory(store, history.slice(0, 50));
    const db = openReadModels(':memory:');
    const failing: Projection = {
      name: 'failing',
      version: 1,
      migrate: () => undefined,
      drop: () => undefined,
      apply: () => {
        throw new Error('disk on fire');
      },
    };
    const runner = new ProjectionRunner(store, db, [...ALL_PROJECTIONS, failing]);
    await expect(runner.catchUp()).rejects.toThrow('disk on fire');
    expect(runner.position).toBeUndefined();
    expect(db.prepare('SELECT count(*) AS n FROM rm_reports').get()).toEqual({ n: 0 });
    expect(db.prepare('SELECT count(*) AS n FROM projection_report_states').get()).toEqual({ n: 0 });
  });
});
