import { CAUSE_LEVELS } from '@hindsight/domain';
import type Database from 'better-sqlite3';
import { minutesBetween } from './statistics';

/** Timeline entries in time order, each with the gap since the one before, and the incident's durations. */
export const reportTimeline = (db: Database.Database, id: string) => {
  const facts = db.prepare<[string], Record<string, string | null>>('SELECT * FROM rm_timeline_facts WHERE report_id = ?').get(id);
  const rows = db
    .prepare<[string], { entry_id: string; at: string; kind: string; description: string; evidence_ids: string }>(
      'SELECT * FROM rm_timeline WHERE report_id = ? ORDER BY at, entry_id',
    )
    .all(id);
  return {
    durations: {
      timeToDetectMinutes: minutesBetween(facts?.['occurred_at'], facts?.['detected_at']) ?? null,
      timeToMitigateMinutes: minutesBetween(facts?.['occurred_at'], facts?.['mitigated_at']) ?? null,
      timeToResolveMinutes: minutesBetween(facts?.['occurred_at'], facts?.['resolved_at']) ?? null,
    },
    entries: rows.map((row, i) => ({
      id: row.entry_id,
      at: row.at,
      kind: row.kind,
      description: row.description,
      evidenceIds: JSON.parse(row.evidence_ids) as string[],
      minutesSincePrevious: i === 0 ? null : (minutesBetween(rows[i - 1].at, row.at) ?? null),
    })),
  };
};

/** Causes grouped by level, each with its linked evidence and timeline entries. */
export const reportCauses = (db: Database.Database, id: string) => {
  const rows = db
    .prepare<[string], { cause_id: string; level: string; category: string; description: string; evidence: string; timeline_entries: string }>(
      'SELECT * FROM rm_causes WHERE report_id = ? ORDER BY ordinal',
    )
    .all(id);
  const causes = rows.map((r) => ({
    id: r.cause_id,
    level: r.level,
    category: r.category,
    description: r.description,
    evidence: JSON.parse(r.evidence),
    timelineEntries: JSON.parse(r.timeline_entries),
  }));
  return Object.fromEntries(CAUSE_LEVELS.map((level) => [level, causes.filter((c) => c.level === level)]));
};

/** Stakeholders, what was sent to them, and what is planned but not yet sent. */
export const reportCommunications = (db: Database.Database, id: string) => {
  const stakeholders = db
    .prepare<[string], { stakeholder_id: string; name: string; audience: string; channel: string }>('SELECT * FROM rm_stakeholders WHERE report_id = ? ORDER BY ordinal')
    .all(id)
    .map((s) => ({ id: s.stakeholder_id, name: s.name, group: s.audience, channel: s.channel }));
  const communications = db
    .prepare<[string], { communication_id: string; channel: string; summary: string; stakeholder_ids: string; planned_for: string | null; sent_at: string | null; status: string }>(
      'SELECT * FROM rm_communications WHERE report_id = ? ORDER BY ordinal',
    )
    .all(id)
    .map((c) => ({
      id: c.communication_id,
      channel: c.channel,
      summary: c.summary,
      stakeholderIds: JSON.parse(c.stakeholder_ids) as string[],
      plannedFor: c.planned_for,
      sentAt: c.sent_at,
      status: c.status,
    }));
  return { stakeholders, communications, pending: communications.filter((c) => c.status === 'planned') };
};
