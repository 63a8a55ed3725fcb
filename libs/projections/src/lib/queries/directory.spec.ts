import { generateHistory, writeHistory } from '@hindsight/demo-data';
import { InMemoryEventStore } from '@hindsight/event-store';
import type Database from 'better-sqlite3';
import { ProjectionRunner } from '../projection-runner';
import { openReadModels } from '../read-model-database';
import { ALL_PROJECTIONS } from '../read-models';
import { directory } from './directory';

describe('The directory over the demo history, followed event by event', () => {
  let db: Database.Database;
  beforeAll(async () => (db = await project()), 60_000);

  async function project() {
    const store = new InMemoryEventStore();
    await writeHistory(store, generateHistory({ end: new Date('2026-11-01T00:00:00Z') }));
    const read = openReadModels(':memory:');
    // Small batches: names come and go across many batches, as they do live.
    await new ProjectionRunner(store, read, ALL_PROJECTIONS, { batchSize: 7 }).catchUp();
    return read;
  }

  it('counts, for each name and team, the reports that use it, as the names per report say', () => {
    const kept = db.prepare('SELECT kind, name, team, reports FROM rm_directory_counts ORDER BY 1, 2, 3').all();
    const counted = db.prepare('SELECT kind, name, team, COUNT(DISTINCT report_id) AS reports FROM rm_directory GROUP BY 1, 2, 3 ORDER BY 1, 2, 3').all();
    expect(counted.length).toBeGreaterThan(20);
    expect(kept).toEqual(counted);
  });

  it('offers the names that start with what was typed first, then the most used', () => {
    const all = directory(db, { limit: 50 });
    expect(all.map((entry) => entry.reports)).toEqual([...all.map((entry) => entry.reports)].sort((a, b) => b - a));
    const [first] = all;
    const typed = first.name.slice(0, 3).toUpperCase();
    const found = directory(db, { q: typed, limit: 50 });
    const starting = found.findIndex((entry) => !entry.name.toUpperCase().startsWith(typed));
    expect(found.slice(starting === -1 ? found.length : starting).every((entry) => !entry.name.toUpperCase().startsWith(typed))).toBe(true);
    expect(found.every((entry) => entry.name.toUpperCase().includes(typed))).toBe(true);
  });
});
