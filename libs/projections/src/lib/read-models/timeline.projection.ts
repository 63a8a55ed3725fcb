import { toUtc } from '@hindsight/domain';
import type { Projection } from '../projection';
import { dropTables, json, prepared, sectionChanges, touches, utcOrNull } from './sql';

/** Each report's timeline in order, with the incident's key times for the derived durations. */
export const timelineProjection: Projection = {
  name: 'timeline',
  version: 2,
  migrate: (db) =>
    db.exec(`
      CREATE TABLE IF NOT EXISTS rm_timeline (
        report_id TEXT NOT NULL, entry_id TEXT NOT NULL, at TEXT NOT NULL, kind TEXT NOT NULL,
        description TEXT NOT NULL, evidence_ids TEXT NOT NULL, PRIMARY KEY (report_id, entry_id)
      ) STRICT;
      CREATE TABLE IF NOT EXISTS rm_timeline_facts (
        report_id TEXT PRIMARY KEY, occurred_at TEXT NOT NULL, detected_at TEXT, classified_at TEXT,
        mitigated_at TEXT, resolved_at TEXT
      ) STRICT;
    `),
  drop: (db) => dropTables(db, ['rm_timeline', 'rm_timeline_facts']),
  apply: (db, changes) => {
    const remove = prepared(db, 'DELETE FROM rm_timeline WHERE report_id = ? AND entry_id = ?');
    const write = prepared(db, 'INSERT OR REPLACE INTO rm_timeline VALUES (?, ?, ?, ?, ?, ?)');
    const facts = prepared(db, 'INSERT OR REPLACE INTO rm_timeline_facts VALUES (?, ?, ?, ?, ?, ?)');
    for (const change of changes) {
      const report = change.after;
      if (!report) continue;
      if (touches(change, ['PostmortemDrafted', 'IncidentFacts'])) {
        const f = report.facts;
        // Instants are stored in UTC so that the read model orders by time, even for events written before input was normalised.
        facts.run(change.postmortemId, toUtc(f.occurredAt), utcOrNull(f.detectedAt), utcOrNull(f.classifiedAt), utcOrNull(f.mitigatedAt), utcOrNull(f.resolvedAt));
      }
      const before = change.before?.timeline ?? [];
      if (report.timeline !== before) {
        const { written, removed } = sectionChanges(before, report.timeline);
        for (const id of removed) remove.run(change.postmortemId, id);
        for (const e of written) write.run(change.postmortemId, e.id, toUtc(e.at), e.kind, e.description, json(e.evidenceIds));
      }
    }
  },
};
