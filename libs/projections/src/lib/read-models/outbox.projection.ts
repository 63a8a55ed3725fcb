import type { Projection } from '../projection';
import { dropTables, prepared, touches } from './sql';

/**
 * Deliveries still waiting for an outcome, and from when each may be attempted: the outbox's
 * work list. Only a list: whether a delivery is really still pending is read from the report's
 * stream before anything is sent.
 */
export const outboxProjection: Projection = {
  name: 'outbox',
  version: 1,
  migrate: (db) =>
    db.exec(`
      CREATE TABLE IF NOT EXISTS rm_outbox (
        delivery_id TEXT PRIMARY KEY, report_id TEXT NOT NULL, communication_id TEXT NOT NULL, due_at TEXT NOT NULL
      ) STRICT;
      CREATE INDEX IF NOT EXISTS rm_outbox_by_due ON rm_outbox (due_at);
    `),
  drop: (db) => dropTables(db, ['rm_outbox']),
  apply: (db, changes) => {
    const clear = prepared(db, 'DELETE FROM rm_outbox WHERE report_id = ?');
    const pending = prepared(db, 'INSERT INTO rm_outbox VALUES (?, ?, ?, ?)');
    for (const change of changes) {
      if (!touches(change, ['Communication'])) continue;
      clear.run(change.postmortemId);
      for (const communication of change.after?.communications ?? []) {
        for (const delivery of communication.deliveries ?? []) {
          // An empty due time sorts first: due at once.
          if (delivery.status === 'pending') pending.run(delivery.id, change.postmortemId, communication.id, delivery.retryAt ?? '');
        }
      }
    }
  },
};
