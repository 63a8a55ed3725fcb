import type { Projection } from '../projection';
import { dropTables, json, touches, prepared } from './sql';

/** Causes on their three levels, with the evidence and timeline entries that support them. */
export const causesProjection: Projection = {
  name: 'causes',
  version: 1,
  migrate: (db) =>
    db.exec(`
      CREATE TABLE IF NOT EXISTS rm_causes (
        report_id TEXT NOT NULL, cause_id TEXT NOT NULL, level TEXT NOT NULL, category TEXT NOT NULL,
        description TEXT NOT NULL, evidence TEXT NOT NULL, timeline_entries TEXT NOT NULL, ordinal INTEGER NOT NULL,
        PRIMARY KEY (report_id, cause_id)
      ) STRICT;
    `),
  drop: (db) => dropTables(db, ['rm_causes']),
  apply: (db, changes) => {
    const clear = prepared(db, 'DELETE FROM rm_causes WHERE report_id = ?');
    const insert = prepared(db, 'INSERT INTO rm_causes VALUES (?, ?, ?, ?, ?, ?, ?, ?)');
    for (const change of changes) {
      const report = change.after;
      if (!report || !touches(change, ['Cause', 'Evidence', 'TimelineEntry'])) continue;
      clear.run(change.postmortemId);
      report.causes.forEach((cause, ordinal) => {
        const evidence = report.evidence.filter((e) => cause.evidenceIds.includes(e.id));
        const entries = report.timeline.filter((e) => cause.timelineEntryIds.includes(e.id)).map(({ id, at, kind, description }) => ({ id, at, kind, description }));
        insert.run(change.postmortemId, cause.id, cause.level, cause.category, cause.description, json(evidence), json(entries), ordinal);
      });
    }
  },
};
