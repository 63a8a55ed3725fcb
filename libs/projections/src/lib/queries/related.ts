import type { ReportStatus } from '@hindsight/domain';
import type Database from 'better-sqlite3';
import { actionItemBoard, type BoardItem, isOpen } from './action-items';

export interface RelatedIncident {
  reportId: string;
  title: string;
  occurredAt: string;
  status: ReportStatus;
  /** What it shares with the report: cause categories and services. */
  sharedCategories: string[];
  sharedServices: string[];
  /** Its action items still open, highest priority first: the recurrence made visible. */
  openActionItems: BoardItem[];
}

const SHOWN = 10;

/**
 * Earlier incidents sharing a cause category or a service with this one, those sharing the
 * most first, each with its open action items: an overdue fix from last time is the first thing
 * a reviewer should see.
 */
export const relatedIncidents = (db: Database.Database, reportId: string, now: Date, teams?: readonly string[]): RelatedIncident[] => {
  const readable = teams === undefined ? '' : 'AND i.team IN (SELECT value FROM json_each(@teams))';
  const rows = db
    .prepare(
      `WITH me AS (SELECT occurred_at FROM rm_incidents WHERE report_id = @reportId),
            categories AS (SELECT DISTINCT category FROM rm_incident_causes WHERE report_id = @reportId),
            services AS (SELECT service FROM rm_incident_services WHERE report_id = @reportId)
       SELECT i.report_id, i.title, i.occurred_at, i.status,
              (SELECT json_group_array(DISTINCT c.category) FROM rm_incident_causes c WHERE c.report_id = i.report_id AND c.category IN (SELECT category FROM categories)) AS categories,
              (SELECT json_group_array(s.service) FROM rm_incident_services s WHERE s.report_id = i.report_id AND s.service IN (SELECT service FROM services)) AS services
       FROM rm_incidents i
       WHERE i.report_id != @reportId AND i.occurred_at < (SELECT occurred_at FROM me) ${readable}
         AND (EXISTS (SELECT 1 FROM rm_incident_causes c WHERE c.report_id = i.report_id AND c.category IN (SELECT category FROM categories))
              OR EXISTS (SELECT 1 FROM rm_incident_services s WHERE s.report_id = i.report_id AND s.service IN (SELECT service FROM services)))`,
    )
    .all({ reportId, teams: teams === undefined ? null : JSON.stringify(teams) }) as Record<string, string>[];
  const shown = rows
    .map((r) => ({ row: r, categories: JSON.parse(r['categories']) as string[], services: JSON.parse(r['services']) as string[] }))
    .sort((a, b) => b.categories.length * 2 + b.services.length - (a.categories.length * 2 + a.services.length) || b.row['occurred_at'].localeCompare(a.row['occurred_at']))
    .slice(0, SHOWN);
  // One read of the shown reports' items (and of the recurrences their priorities weigh), not one per report.
  const items = actionItemBoard(db, { reportIds: shown.map((r) => r.row['report_id']), teams }, now).filter((i) => isOpen(i.status));
  return shown.map(({ row, categories, services }) => ({
      reportId: row['report_id'],
      title: row['title'],
      occurredAt: row['occurred_at'],
      status: row['status'] as ReportStatus,
      sharedCategories: categories,
      sharedServices: services,
      openActionItems: items.filter((i) => i.reportId === row['report_id']),
    }));
};
