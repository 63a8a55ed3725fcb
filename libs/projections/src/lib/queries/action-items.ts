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
import { nextDay } from '../read-models/cause-days';
import { prepared } from '../read-models/sql';
import { IS_OPEN } from './board-ranking';
import { containing, where } from './where';

export interface BoardFilters {
  owner?: string;
  team?: string;
  status?: ActionItemStatus;
  band?: PriorityBand;
  overdue?: boolean;
  reportId?: string;
  /** Only the items of these reports. */
  reportIds?: readonly string[];
  /** Only these teams (team-scoped readers); undefined: every team. */
  teams?: readonly string[];
  /** Only open items (open or in progress). */
  openOnly?: boolean;
  /** Only items owned by this person (their name, ASCII letters in any case) or by one of their teams. */
  ownedBy?: { person: string; teams: readonly string[] };
  /** Only items due on or before this day (`YYYY-MM-DD`). */
  dueBy?: string;
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

export interface Row {
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
 * recurrence count, incidents its reader may not see. The whole days in between come from the
 * daily counts (rm_cause_days), the two partial days at the ends from the incidents themselves.
 */
export const recurrences = (db: Database.Database, now: Date, teams?: readonly string[]): Map<string, number> => {
  const since = new Date(now.getTime() - RECURRENCE_WINDOW_DAYS * 86_400_000).toISOString();
  const until = now.toISOString();
  const [firstDay, lastDay] = [since.slice(0, 10), until.slice(0, 10)];
  const params = { since, until, firstDay, lastDay, afterFirst: nextDay(firstDay), teams: teams === undefined ? null : JSON.stringify(teams) };
  const readable = (column: string) => (teams === undefined ? '' : `AND ${column} IN (SELECT value FROM json_each(@teams))`);
  const rows = prepared(
    db,
    `SELECT category, SUM(incidents) AS incidents FROM (
       SELECT category, incidents FROM rm_cause_days WHERE day > @firstDay AND day < @lastDay ${readable('team')}
       UNION ALL
       SELECT c.category, count(DISTINCT c.report_id) FROM rm_incidents i JOIN rm_incident_causes c ON c.report_id = i.report_id
       WHERE ((i.occurred_at >= @since AND i.occurred_at < @afterFirst) OR (i.occurred_at >= @lastDay AND i.occurred_at <= @until)) ${readable('i.team')}
       GROUP BY c.category
     ) GROUP BY category`,
  ).all(params) as { category: string; incidents: number }[];
  return new Map(rows.map((r) => [r.category, r.incidents]));
};

export const isOpen = (status: ActionItemStatus) => status === 'open' || status === 'in_progress';

/** What the board sorts by (the API's `sort` values; the compiler holds the two together). */
export type BoardSort = 'priority' | 'due' | 'report' | 'owner' | 'status';

export interface BoardPage {
  sort?: BoardSort;
  order?: 'asc' | 'desc';
  limit: number;
  offset: number;
}

/** The conditions on stored columns (everything but band and overdue, which the ranking works out). */
export const boardFilter = (f: BoardFilters) => {
  const filter = where({
    reportId: ['report_id = @reportId', f.reportId],
    reportIds: ['report_id IN (SELECT value FROM json_each(@reportIds))', f.reportIds && JSON.stringify(f.reportIds)],
    owner: ["owner_name LIKE @owner ESCAPE '\\'", containing(f.owner)],
    team: ["team LIKE @team ESCAPE '\\'", containing(f.team)],
    status: ['status = @status', f.status],
    teams: ['team IN (SELECT value FROM json_each(@teams))', f.teams && JSON.stringify(f.teams)],
    openOnly: [IS_OPEN, f.openOnly || undefined],
    // The first term finds the names through the owner index; the second tells a person from a team.
    ownedBy: [
      `owner_name COLLATE NOCASE IN (SELECT value FROM json_each(@ownedBy, '$.names'))
       AND ((owner_kind = 'person' AND owner_name = json_extract(@ownedBy, '$.person') COLLATE NOCASE)
         OR (owner_kind = 'team' AND owner_name IN (SELECT value FROM json_each(@ownedBy, '$.teams'))))`,
      f.ownedBy && JSON.stringify({ ...f.ownedBy, names: [f.ownedBy.person, ...f.ownedBy.teams] }),
    ],
    // Unary plus: a due date narrows what an owner or status index found, it never chooses the index.
    dueBy: ['+due_date <= @dueBy', f.dueBy],
  });
  return { sql: filter.sql, params: Object.fromEntries(Object.entries(filter.params).filter(([name]) => name !== 'openOnly')) };
};

const boardRows = (db: Database.Database, f: BoardFilters): Row[] => {
  const filter = boardFilter(f);
  return db.prepare(`SELECT * FROM rm_action_items a ${filter.sql}`).all(filter.params) as Row[];
};

interface Scored {
  row: Row;
  categories: string[];
  priority: Priority;
  overdue: boolean;
}

/** One item's priority from the recurrences of the categories it addresses (the largest), and whether it is overdue. */
export const score = (row: Row, recurring: ReadonlyMap<string, number>, today: string): Scored => {
  const categories = JSON.parse(row.cause_categories) as string[];
  const recurrencesOf = Math.max(0, ...categories.map((c) => recurring.get(c) ?? 0));
  const priority = prioritise({ severity: row.severity, frequency: row.frequency, effort: row.effort, recurrences: recurrencesOf });
  return { row, categories, priority, overdue: isOpen(row.status) && row.due_date !== null && row.due_date < today };
};

const scored = (db: Database.Database, f: BoardFilters, now: Date): Scored[] => {
  const recurring = recurrences(db, now, f.teams);
  const today = now.toISOString().slice(0, 10);
  return boardRows(db, f)
    .map((row) => score(row, recurring, today))
    .filter((item) => (f.band === undefined || item.priority.band === f.band) && (f.overdue === undefined || item.overdue === f.overdue));
};

export const toItem = ({ row: r, categories, priority, overdue }: Scored): BoardItem => ({
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
  overdue,
  causeCategories: categories,
  priority,
  proposedAt: r.proposed_at,
  closedAt: r.closed_at,
});

const due = (a: Scored, b: Scored) => (a.row.due_date ?? '9999').localeCompare(b.row.due_date ?? '9999');
const byId = (a: Scored, b: Scored) => a.row.item_id.localeCompare(b.row.item_id);

/** Open before closed, then the higher priority, then the earlier due date: what to do next comes first. */
const byPriority = (a: Scored, b: Scored) => Number(!isOpen(a.row.status)) - Number(!isOpen(b.row.status)) || b.priority.score - a.priority.score || due(a, b);

/** Every action item that matches: open first, by priority, then due date. */
export const actionItemBoard = (db: Database.Database, f: BoardFilters, now: Date): BoardItem[] =>
  scored(db, f, now)
    .sort((a, b) => byPriority(a, b) || byId(a, b))
    .map(toItem);
