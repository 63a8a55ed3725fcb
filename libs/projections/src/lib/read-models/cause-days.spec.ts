import { generateHistory, writeHistory } from '@hindsight/demo-data';
import { decide, EVENT_SCHEMA_VERSIONS, evolve, type PostmortemCommand, type PostmortemEvent, type PostmortemState } from '@hindsight/domain';
import { InMemoryEventStore, type Position } from '@hindsight/event-store';
import type Database from 'better-sqlite3';
import { ProjectionRunner } from '../projection-runner';
import { openReadModels } from '../read-model-database';
import { ALL_PROJECTIONS } from '.';

const history = generateHistory({ end: new Date('2026-11-01T00:00:00Z'), incidents: 40 });

/** Sends one command to a report as the API would; false when the domain refuses it. */
const send = async (store: InMemoryEventStore, postmortemId: string, command: PostmortemCommand): Promise<boolean> => {
  const stream = `postmortem-${postmortemId}`;
  const stored = await store.readStream(stream);
  const state = stored.reduce<PostmortemState>((s, e) => evolve(s, e as unknown as PostmortemEvent), null);
  let events: PostmortemEvent[];
  try {
    events = decide(command, state);
  } catch {
    return false;
  }
  if (events.length === 0) return false;
  const metadata = { actor: 'alice', timestamp: '2026-11-02T00:00:00.000Z', correlationId: postmortemId, causationId: postmortemId };
  const fresh = events.map((e, i) => ({ id: `${postmortemId}-${command.type}-${stored.length + i}`, type: e.type, schemaVersion: EVENT_SCHEMA_VERSIONS[e.type], data: e.data as Record<string, unknown>, metadata }));
  await store.append(stream, fresh, BigInt(stored.length - 1));
  return true;
};

/** The daily counts as defined: distinct incidents per day, team and cause category. */
const counted = (db: Database.Database) =>
  db
    .prepare(
      `SELECT substr(i.occurred_at, 1, 10) AS day, i.team, c.category, count(DISTINCT i.report_id) AS incidents
       FROM rm_incidents i JOIN rm_incident_causes c ON c.report_id = i.report_id GROUP BY 1, 2, 3 ORDER BY 1, 2, 3`,
    )
    .all();

const stored = (db: Database.Database) => db.prepare('SELECT day, team, category, incidents FROM rm_cause_days ORDER BY 1, 2, 3').all();

describe('The incidents per day, team and cause category', () => {
  it('given reports counted, when they move to another team, lose causes or change a cause\'s category, then the counts follow them and no empty cell is left', async () => {
    const store = new InMemoryEventStore();
    await writeHistory(store, history);
    const db = openReadModels(':memory:');
    const runner = new ProjectionRunner(store, db, ALL_PROJECTIONS);
    await runner.start();
    const caughtUp = async () => expect(await runner.waitFor((await store.lastPosition()) as Position, 5_000)).toBe(true);
    try {
      await caughtUp();
      const before = stored(db);
      expect(before).toEqual(counted(db));

      let moved = 0;
      for (const [n, id] of [...new Set(history.map((s) => s.postmortemId))].entries()) {
        const [cause] = db.prepare('SELECT cause_id FROM rm_incident_causes WHERE report_id = ? ORDER BY cause_id').pluck().all(id) as string[];
        const command: PostmortemCommand | undefined = [
          { type: 'ReviseIncidentFacts', data: { changes: { team: 'moved-away' } } } as const,
          cause ? ({ type: 'RetractCause', data: { causeId: cause, reason: 'not a cause after all' } } as const) : undefined,
          cause ? ({ type: 'ReviseCause', data: { causeId: cause, changes: { category: 'documentation' } } } as const) : undefined,
        ][n % 3];
        // A published report is reopened first, as a team would.
        if (command && ((await send(store, id, command)) || ((await send(store, id, { type: 'ReopenReport', data: { reason: 'a correction' } })) && (await send(store, id, command))))) moved++;
      }
      await caughtUp();

      expect(moved).toBeGreaterThan(10);
      expect(stored(db)).not.toEqual(before);
      expect(stored(db)).toEqual(counted(db));
    } finally {
      await runner.stop();
    }
  });
});
