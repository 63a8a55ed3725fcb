import { evolve, type Postmortem } from '@hindsight/domain';
import type { Projection } from '../projection';
import { dropTables, json, prepared, touches } from './sql';

/**
 * What the public status page may show, and nothing else: for each report published with a
 * public summary, that summary and the services and times as they stood when it was published.
 * Reopening a report leaves its last published version here until it is published again.
 */
export const publicIncidentsProjection: Projection = {
  name: 'public-incidents',
  version: 1,
  migrate: (db) =>
    db.exec(`
      CREATE TABLE IF NOT EXISTS rm_public_incidents (
        report_id TEXT PRIMARY KEY, services TEXT NOT NULL, started_at TEXT NOT NULL, resolved_at TEXT,
        first_published_at TEXT NOT NULL, updated_at TEXT NOT NULL, summary TEXT NOT NULL
      ) STRICT;
      CREATE INDEX IF NOT EXISTS rm_public_incidents_by_start ON rm_public_incidents (started_at);
    `),
  drop: (db) => dropTables(db, ['rm_public_incidents']),
  apply: (db, changes) => {
    const upsert = prepared(db, 'INSERT OR REPLACE INTO rm_public_incidents VALUES (?, ?, ?, ?, ?, ?, ?)');
    for (const change of changes) {
      if (!touches(change, ['PostmortemPublished'])) continue;
      // The report as each publication left it: a batch may also hold a later reopening and edits.
      let report = change.before;
      for (const event of change.events) {
        report = evolve(report, event);
        if (event.type !== 'PostmortemPublished' || !report || !isPublic(report)) continue;
        const { services, occurredAt, resolvedAt } = report.facts;
        upsert.run(report.id, json(services), occurredAt, resolvedAt ?? null, report.publishedAt, event.metadata.timestamp, report.publicSummary);
      }
    }
  },
};

const isPublic = (report: Postmortem): report is Postmortem & { publicSummary: string; publishedAt: string } =>
  report.status === 'published' && !!report.publicSummary?.trim() && !!report.publishedAt;
