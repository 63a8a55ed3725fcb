import { firstSignalOf, toUtc } from '@hindsight/domain';
import type { Projection } from '../projection';
import { CAUSE_DAYS_TABLE, moveCauseDays } from './cause-days';
import { dropTables, millisecondsBetween, timeOf, touches, prepared, utcOrNull } from './sql';

/** One row per incident with its key times, services and cause categories: what trends aggregate. */
export const trendsProjection: Projection = {
  name: 'trends',
  // 4: incidents per day, team and cause category (rm_cause_days), for recurrence counts.
  // 5: the first signal imports found before detection, for the real time to detect.
  // 6: each incident's durations, cause categories and action-item counts on its own row, so a trends request joins nothing.
  version: 6,
  migrate: (db) => {
    db.exec(CAUSE_DAYS_TABLE);
    db.exec(`
      CREATE TABLE IF NOT EXISTS rm_incidents (
        report_id TEXT PRIMARY KEY, title TEXT NOT NULL, team TEXT NOT NULL, severity TEXT NOT NULL,
        status TEXT NOT NULL, month TEXT NOT NULL, occurred_at TEXT NOT NULL, detected_at TEXT,
        mitigated_at TEXT, resolved_at TEXT, first_published_at TEXT, detection_method TEXT, first_signal_at TEXT,
        -- Distinct cause categories and the due dates of open action items, space-separated (neither holds a space).
        categories TEXT NOT NULL, items_created INTEGER NOT NULL, items_done INTEGER NOT NULL, open_due_dates TEXT NOT NULL,
        to_detect_ms INTEGER GENERATED ALWAYS AS (${millisecondsBetween('occurred_at', 'detected_at')}) STORED,
        to_resolve_ms INTEGER GENERATED ALWAYS AS (${millisecondsBetween('occurred_at', 'resolved_at')}) STORED,
        to_publish_ms INTEGER GENERATED ALWAYS AS (${millisecondsBetween('resolved_at', 'first_published_at')}) STORED,
        signal_to_detect_ms INTEGER GENERATED ALWAYS AS (${millisecondsBetween('first_signal_at', 'detected_at')}) STORED
      ) STRICT;
      CREATE INDEX IF NOT EXISTS rm_incidents_by_occurrence ON rm_incidents (occurred_at);
      CREATE TABLE IF NOT EXISTS rm_incident_services (report_id TEXT NOT NULL, service TEXT NOT NULL, PRIMARY KEY (report_id, service)) STRICT;
      CREATE TABLE IF NOT EXISTS rm_incident_causes (
        report_id TEXT NOT NULL, cause_id TEXT NOT NULL, level TEXT NOT NULL, category TEXT NOT NULL,
        PRIMARY KEY (report_id, cause_id)
      ) STRICT;
      CREATE INDEX IF NOT EXISTS rm_incident_causes_by_category ON rm_incident_causes (category);
      -- What the recurrence counts behind every action item's priority read, without touching the rows.
      CREATE INDEX IF NOT EXISTS rm_incidents_by_occurrence_and_team ON rm_incidents (occurred_at, team, report_id);
      CREATE INDEX IF NOT EXISTS rm_incident_causes_by_report ON rm_incident_causes (report_id, category);
    `);
  },
  drop: (db) => dropTables(db, ['rm_incidents', 'rm_incident_services', 'rm_incident_causes', 'rm_cause_days']),
  apply: (db, changes) => {
    const upsert = prepared(db, `
      INSERT INTO rm_incidents (report_id, title, team, severity, status, month, occurred_at, detected_at, mitigated_at,
        resolved_at, first_published_at, detection_method, first_signal_at, categories, items_created, items_done, open_due_dates)
      VALUES (@id, @title, @team, @severity, @status, @month, @occurredAt, @detectedAt,
        @mitigatedAt, @resolvedAt, @publishedAt, @detectionMethod, @firstSignalAt, @categories, @itemsCreated, @itemsDone, @openDueDates)
      ON CONFLICT (report_id) DO UPDATE SET title = excluded.title, team = excluded.team, severity = excluded.severity,
        status = excluded.status, month = excluded.month, occurred_at = excluded.occurred_at,
        detected_at = excluded.detected_at, mitigated_at = excluded.mitigated_at, resolved_at = excluded.resolved_at,
        detection_method = excluded.detection_method, first_signal_at = excluded.first_signal_at,
        categories = excluded.categories, items_created = excluded.items_created, items_done = excluded.items_done,
        open_due_dates = excluded.open_due_dates,
        first_published_at = COALESCE(rm_incidents.first_published_at, excluded.first_published_at)`);
    const clearServices = prepared(db, 'DELETE FROM rm_incident_services WHERE report_id = ?');
    const service = prepared(db, 'INSERT OR IGNORE INTO rm_incident_services VALUES (?, ?)');
    const clearCauses = prepared(db, 'DELETE FROM rm_incident_causes WHERE report_id = ?');
    const cause = prepared(db, 'INSERT INTO rm_incident_causes VALUES (?, ?, ?, ?)');
    for (const change of changes) {
      const report = change.after;
      if (!report) continue;
      const f = report.facts;
      if (touches(change, ['PostmortemDrafted', 'IncidentFacts', 'Cause'])) moveCauseDays(db, change.before, report);
      upsert.run({
        id: change.postmortemId,
        title: f.title,
        team: f.team,
        severity: f.severity,
        status: report.status,
        month: toUtc(f.occurredAt).slice(0, 7),
        occurredAt: toUtc(f.occurredAt),
        detectedAt: utcOrNull(f.detectedAt),
        mitigatedAt: utcOrNull(f.mitigatedAt),
        resolvedAt: utcOrNull(f.resolvedAt),
        publishedAt: timeOf(change, 'PostmortemPublished') ?? null,
        detectionMethod: f.detectionMethod ?? null,
        firstSignalAt: utcOrNull(firstSignalOf(report)?.at),
        categories: [...new Set(report.causes.map((c) => c.category))].join(' '),
        itemsCreated: report.actionItems.length,
        itemsDone: report.actionItems.filter((a) => a.status === 'done').length,
        openDueDates: report.actionItems.flatMap((a) => ((a.status === 'open' || a.status === 'in_progress') && a.dueDate ? [a.dueDate] : [])).join(' '),
      });
      if (touches(change, ['PostmortemDrafted', 'IncidentFacts'])) {
        clearServices.run(change.postmortemId);
        for (const s of f.services) service.run(change.postmortemId, s);
      }
      if (touches(change, ['Cause'])) {
        clearCauses.run(change.postmortemId);
        for (const c of report.causes) cause.run(change.postmortemId, c.id, c.level, c.category);
      }
    }
  },
};
