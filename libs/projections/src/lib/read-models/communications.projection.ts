import type { Projection } from '../projection';
import { dropTables, json, touches, prepared } from './sql';

/** Stakeholders and what was, or is still to be, told to them. */
export const communicationsProjection: Projection = {
  name: 'communications',
  version: 1,
  migrate: (db) =>
    db.exec(`
      CREATE TABLE IF NOT EXISTS rm_stakeholders (
        report_id TEXT NOT NULL, stakeholder_id TEXT NOT NULL, name TEXT NOT NULL, audience TEXT NOT NULL,
        channel TEXT NOT NULL, ordinal INTEGER NOT NULL, PRIMARY KEY (report_id, stakeholder_id)
      ) STRICT;
      CREATE TABLE IF NOT EXISTS rm_communications (
        report_id TEXT NOT NULL, communication_id TEXT NOT NULL, channel TEXT NOT NULL, summary TEXT NOT NULL,
        stakeholder_ids TEXT NOT NULL, planned_for TEXT, sent_at TEXT, status TEXT NOT NULL, ordinal INTEGER NOT NULL,
        PRIMARY KEY (report_id, communication_id)
      ) STRICT;
      CREATE INDEX IF NOT EXISTS rm_communications_by_status ON rm_communications (status, planned_for);
    `),
  drop: (db) => dropTables(db, ['rm_stakeholders', 'rm_communications']),
  apply: (db, changes) => {
    const clearStakeholders = prepared(db, 'DELETE FROM rm_stakeholders WHERE report_id = ?');
    const clearCommunications = prepared(db, 'DELETE FROM rm_communications WHERE report_id = ?');
    const stakeholder = prepared(db, 'INSERT INTO rm_stakeholders VALUES (?, ?, ?, ?, ?, ?)');
    const communication = prepared(db, 'INSERT INTO rm_communications VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)');
    for (const change of changes) {
      const report = change.after;
      if (!report || !touches(change, ['Stakeholder', 'Communication'])) continue;
      clearStakeholders.run(change.postmortemId);
      clearCommunications.run(change.postmortemId);
      report.stakeholders.forEach((s, i) => stakeholder.run(change.postmortemId, s.id, s.name, s.group, s.channel, i));
      report.communications.forEach((c, i) =>
        communication.run(change.postmortemId, c.id, c.channel, c.summary, json(c.stakeholderIds), c.plannedFor ?? null, c.sentAt ?? null, c.status, i),
      );
    }
  },
};
