import type { Projection } from '../projection';
import { dropTables, lastEvent, prepared } from './sql';

/**
 * How many events each report has had, and its latest change. A counter, not an upsert: it is
 * the read model that shows at once if an event were ever applied twice or skipped.
 */
export const activityProjection: Projection = {
  name: 'activity',
  version: 1,
  migrate: (db) =>
    db.exec(`
      CREATE TABLE IF NOT EXISTS rm_activity (
        report_id TEXT PRIMARY KEY, events INTEGER NOT NULL, last_event_at TEXT NOT NULL, last_actor TEXT NOT NULL
      ) STRICT;
    `),
  drop: (db) => dropTables(db, ['rm_activity']),
  apply: (db, changes) => {
    const count = prepared(db, `
      INSERT INTO rm_activity VALUES (?, ?, ?, ?)
      ON CONFLICT (report_id) DO UPDATE SET events = events + excluded.events,
        last_event_at = excluded.last_event_at, last_actor = excluded.last_actor`);
    for (const change of changes) {
      const last = lastEvent(change);
      count.run(change.postmortemId, change.events.length, last.metadata.timestamp, last.metadata.actor);
    }
  },
};
