import { toUtc } from '@hindsight/domain';
import type Database from 'better-sqlite3';
import type { Projection } from '../projection';
import { stateJson } from '../report-states';
import { dropTables, json, lastEvent, timeOf, touches, prepared, utcOrNull } from './sql';

/** Events that change the searched text. */
const SEARCHED = ['PostmortemDrafted', 'IncidentFacts', 'TimelineEntry', 'Cause'];

/** Every report as it stands, with list fields and full-text search (FTS5). */
export const reportDocumentProjection: Projection = {
  name: 'report-document',
  // 4: documents carry when the report was first published. 5: documents in a table of their
  // own, so the list's filters and counts scan narrow rows, not every report's whole text.
  // 6: reports per team, so the list matches a team filter against the teams, not every report.
  version: 6,
  migrate: (db) =>
    db.exec(`
      CREATE TABLE IF NOT EXISTS rm_reports (
        id TEXT PRIMARY KEY, title TEXT NOT NULL, severity TEXT NOT NULL, status TEXT NOT NULL, team TEXT NOT NULL,
        services TEXT NOT NULL, occurred_at TEXT NOT NULL, resolved_at TEXT, revision INTEGER NOT NULL,
        position TEXT NOT NULL, created_at TEXT NOT NULL, created_by TEXT NOT NULL, updated_at TEXT NOT NULL,
        updated_by TEXT NOT NULL
      ) STRICT;
      CREATE TABLE IF NOT EXISTS rm_report_documents (id TEXT PRIMARY KEY, document TEXT NOT NULL) STRICT;
      CREATE INDEX IF NOT EXISTS rm_reports_by_occurrence ON rm_reports (occurred_at DESC);
      CREATE INDEX IF NOT EXISTS rm_reports_by_status ON rm_reports (status, occurred_at DESC);
      CREATE INDEX IF NOT EXISTS rm_reports_by_severity ON rm_reports (severity, occurred_at DESC);
      CREATE INDEX IF NOT EXISTS rm_reports_by_update ON rm_reports (updated_at DESC);
      CREATE INDEX IF NOT EXISTS rm_reports_by_status_and_update ON rm_reports (status, updated_at);
      -- A team's reports newest first, a page at a time, without sorting them all (the list's commonest view).
      CREATE INDEX IF NOT EXISTS rm_reports_by_team ON rm_reports (team, occurred_at DESC, id);
      CREATE TABLE IF NOT EXISTS rm_report_teams (team TEXT PRIMARY KEY, reports INTEGER NOT NULL) STRICT;
      CREATE VIRTUAL TABLE IF NOT EXISTS rm_reports_search USING fts5(id UNINDEXED, title, impact, timeline, causes, tokenize = 'porter unicode61');
    `),
  drop: (db) => dropTables(db, ['rm_reports', 'rm_report_documents', 'rm_report_teams', 'rm_reports_search']),
  apply: (db: Database.Database, changes) => {
    const upsert = prepared(db, `
      INSERT INTO rm_reports (id, title, severity, status, team, services, occurred_at, resolved_at, revision, position,
                              created_at, created_by, updated_at, updated_by)
      VALUES (@id, @title, @severity, @status, @team, @services, @occurredAt, @resolvedAt, @revision, @position,
              @createdAt, @createdBy, @updatedAt, @updatedBy)
      ON CONFLICT (id) DO UPDATE SET title = excluded.title, severity = excluded.severity, status = excluded.status,
        team = excluded.team, services = excluded.services, occurred_at = excluded.occurred_at,
        resolved_at = excluded.resolved_at, revision = excluded.revision, position = excluded.position,
        updated_at = excluded.updated_at, updated_by = excluded.updated_by`);
    const store = prepared(db, 'INSERT INTO rm_report_documents (id, document) VALUES (?, ?) ON CONFLICT (id) DO UPDATE SET document = excluded.document');
    // The search row shares the report row's rowid, so replacing it is a lookup, not a scan.
    const rowid = prepared(db, 'SELECT rowid FROM rm_reports WHERE id = ?');
    const unindex = prepared(db, 'DELETE FROM rm_reports_search WHERE rowid = ?');
    const index = prepared(db, 'INSERT INTO rm_reports_search (rowid, id, title, impact, timeline, causes) VALUES (?, ?, ?, ?, ?, ?)');
    const count = prepared(db, 'INSERT INTO rm_report_teams VALUES (?, ?) ON CONFLICT (team) DO UPDATE SET reports = reports + excluded.reports');
    const uncount = prepared(db, 'DELETE FROM rm_report_teams WHERE team = ? AND reports = 0');
    for (const change of changes) {
      const report = change.after;
      if (!report) continue;
      const before = change.before?.facts.team;
      if (before !== report.facts.team) {
        if (before !== undefined) {
          count.run(before, -1);
          uncount.run(before);
        }
        count.run(report.facts.team, 1);
      }
      const last = lastEvent(change);
      const drafted = change.events.find((e) => e.type === 'PostmortemDrafted');
      upsert.run({
        id: change.postmortemId,
        title: report.facts.title,
        severity: report.facts.severity,
        status: report.status,
        team: report.facts.team,
        services: json(report.facts.services),
        occurredAt: toUtc(report.facts.occurredAt),
        resolvedAt: utcOrNull(report.facts.resolvedAt),
        revision: Number(last.revision),
        position: last.position,
        createdAt: drafted?.metadata.timestamp ?? timeOf(change, last.type),
        createdBy: drafted?.metadata.actor ?? last.metadata.actor,
        updatedAt: last.metadata.timestamp,
        updatedBy: last.metadata.actor,
      });
      store.run(change.postmortemId, stateJson(report));
      if (!touches(change, SEARCHED)) continue;
      const { rowid: row } = rowid.get(change.postmortemId) as { rowid: number };
      unindex.run(row);
      index.run(
        row,
        change.postmortemId,
        report.facts.title,
        `${report.facts.customerImpact}\n${report.facts.summary}`,
        report.timeline.map((e) => e.description).join('\n'),
        report.causes.map((c) => `${c.category.replace(/_/g, ' ')}: ${c.description}`).join('\n'),
      );
    }
  },
};
