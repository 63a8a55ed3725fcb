import {
  type ActionItemStatus,
  type Effort,
  type Frequency,
  prioritise,
  type Priority,
  type PriorityBand,
  RECURRENCE_WINDOW_DAYS,
  type Severity,
} from '@hindsight/domain';
import type Database from 'better-sqlite3';
import { where } from './where';

export interface BoardFilters {
  owner?: string;
  team?: string;
  status?: ActionItemStatus;
  band?: PriorityBand;
  overdue?: boolean;
  reportId?: string;
  /** Only these teams (team-scoped readers); undefined: every team. */
  teams?: readonly string[];
}

export interface BoardItem {
  reportId: string;
  reportTitle: string;
  team: string;
  id: string;
  title: string;
  description: string;
  successCriteria: string;
  type: string;
  status: ActionItemStatus;
  owner: { kind: string; name: string } | null;
  dueDate: string | null;
  overdue: boolean;
  causeCategories: string[];
  priority: Priority;
  proposedAt: string;
  closedAt: string | null;
}

interface Row {
  report_id: string;
  item_id: string;
  title: string;
  description: string;
  success_criteria: string;
  type: string;
  due_date: string | null;
  owner_kind: string | null;
  owner_name: string | null;
  status: ActionItemStatus;
  severity: Severity;
  frequency: Frequency;
  effort: Effort;
  cause_categories: string;
  team: string;
  report_title: string;
  proposed_at: string;
  closed_at: string | null;
}

/**
 * How many incidents in the 90 days up to `now` had a cause of each category, counting only
 * the incidents of `teams` (the reader's) when given: a priority must not reveal, through its
 * recurrence count, incidents its reader may not see.
 */
export const recurrences = (db: Database.Database, now: Date, teams?: readonly string[]): Map<string, number> => {
  const since = new Date(now.getTime() - RECURRENCE_WINDOW_DAYS * 86_400_000).toISOString();
  const readable = teams === undefined ? '' : 'AND i.team IN (SELECT value FROM json_each(@teams))';
  const rows = db
    .prepare<[{ since: string; until: string; teams: string | null }], { category: string; incidents: number }>(
      `SELECT c.category, count(DISTINCT c.report_id) AS incidents FROM rm_incident_causes c
       JOIN rm_incidents i ON i.report_id = c.report_id WHERE i.occurred_at >= @since AND i.occurred_at <= @until ${readable}
       GROUP BY c.category`,
    )
    .all({ since, until: now.toISOString(), teams: teams === undefined ? null : JSON.stringify(teams) });
  return new Map(rows.map((r) => [r.category, r.incidents]));
};

const isOpen = (status: ActionItemStatus) => status === 'open' || status === 'in_progress';

/** Action items across reports, highest priority first; overdue = due date passed and not done. */
export const actionItemBoard = (db: Database.Database, f: BoardFilters, now: Date): BoardItem[] => {
  const filter = where({
    reportId: ['report_id = @reportId', f.reportId],
    owner: ['owner_name = @owner', f.owner],
    team: ['team = @team', f.team],
    status: ['status = @status', f.status],
    teams: ['team IN (SELECT value FROM json_each(@teams))', f.teams && JSON.stringify(f.teams)],
  });
  const rows = db.prepare(`SELECT * FROM rm_action_items ${filter.sql}`).all(filter.params) as Row[];
  const recurring = recurrences(db, now, f.teams);
  const today = now.toISOString().slice(0, 10);
  return rows
    .map((r): BoardItem => {
      const categories = JSON.parse(r.cause_categories) as string[];
      return {
        reportId: r.report_id,
        reportTitle: r.report_title,
        team: r.team,
        id: r.item_id,
        title: r.title,
        description: r.description,
        successCriteria: r.success_criteria,
        type: r.type,
        status: r.status,
        owner: r.owner_name ? { kind: r.owner_kind as string, name: r.owner_name } : null,
        dueDate: r.due_date,
        overdue: isOpen(r.status) && r.due_date !== null && r.due_date < today,
        causeCategories: categories,
        priority: prioritise({
          severity: r.severity,
          frequency: r.frequency,
          effort: r.effort,
          recurrences: Math.max(0, ...categories.map((c) => recurring.get(c) ?? 0)),
        }),
        proposedAt: r.proposed_at,
        closedAt: r.closed_at,
      };
    })
    .filter((item) => (f.band === undefined || item.priority.band === f.band) && (f.overdue === undefined || item.overdue === f.overdue))
    .sort((a, b) => b.priority.score - a.priority.score || (a.dueDate ?? '9999').localeCompare(b.dueDate ?? '9999') || a.id.localeCompare(b.id));
};
