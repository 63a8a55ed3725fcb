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
import { categoryBits } from '../read-models/category-bits';
import { BAND_CONDITIONS, IS_OPEN, IS_OVERDUE, rankingParameters, SCORE } from './board-ranking';
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
  /** Only items a person owns (their name, ASCII letters in any case) or one of their teams does. */
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
const boardFilter = (f: BoardFilters) => {
  const filter = where({
    reportId: ['report_id = @reportId', f.reportId],
    reportIds: ['report_id IN (SELECT value FROM json_each(@reportIds))', f.reportIds && JSON.stringify(f.reportIds)],
    owner: ["owner_name LIKE @owner ESCAPE '\\'", containing(f.owner)],
    team: ["team LIKE @team ESCAPE '\\'", containing(f.team)],
    status: ['status = @status', f.status],
    teams: ['team IN (SELECT value FROM json_each(@teams))', f.teams && JSON.stringify(f.teams)],
    openOnly: [IS_OPEN, f.openOnly || undefined],
    ownedBy: [
      "((owner_kind = 'person' AND owner_name = json_extract(@ownedBy, '$.person') COLLATE NOCASE) OR (owner_kind = 'team' AND owner_name IN (SELECT value FROM json_each(@ownedBy, '$.teams'))))",
      f.ownedBy && JSON.stringify(f.ownedBy),
    ],
    dueBy: ['due_date <= @dueBy', f.dueBy],
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
const score = (row: Row, recurring: ReadonlyMap<string, number>, today: string): Scored => {
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

const toItem = ({ row: r, categories, priority, overdue }: Scored): BoardItem => ({
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

const DUE = "COALESCE(due_date, '9999')";
const BY_PRIORITY = `is_open DESC, score DESC, ${DUE}`;

/** What each sort orders by first; ties fall back to the priority order, then the item id. */
const SORT_COLUMNS: Record<BoardSort, string | undefined> = {
  priority: undefined,
  due: DUE,
  report: 'report_title COLLATE NOCASE',
  owner: "COALESCE(owner_name, '') COLLATE NOCASE",
  status: 'status',
};

/**
 * One page of the board, with how many items match and how many of those are overdue. SQLite
 * ranks every matching item (the priority as SQL, see board-ranking) and hands back only the
 * page, which is then built in full with the domain's own `prioritise`.
 */
export const actionItemBoardPage = (db: Database.Database, f: BoardFilters, page: BoardPage, now: Date) => {
  const recurring = recurrences(db, now, f.teams);
  const filter = boardFilter(f);
  const ranked = where({
    band: [f.band ? BAND_CONDITIONS[f.band] : '', f.band],
    overdue: ['is_overdue = @overdue', f.overdue === undefined ? undefined : Number(f.overdue)],
  });
  const { band: _band, ...rankedParams } = ranked.params;
  const params = { ...filter.params, ...rankedParams, ...rankingParameters(recurring, categoryBits(db)), today: now.toISOString().slice(0, 10) };
  const from = `WITH ranked AS (SELECT a.*, ${IS_OPEN} AS is_open, ${SCORE} AS score, ${IS_OVERDUE} AS is_overdue FROM rm_action_items a ${filter.sql})
    SELECT * FROM ranked ${ranked.sql}`;
  const first = SORT_COLUMNS[page.sort ?? 'priority'];
  const order = first ? `${first} ${page.order === 'desc' ? 'DESC' : 'ASC'}, ${BY_PRIORITY}` : page.order === 'desc' ? `is_open ASC, score ASC, ${DUE} DESC` : BY_PRIORITY;
  const rows = db.prepare(`${from} ORDER BY ${order}, item_id LIMIT @limit OFFSET @offset`).all({ ...params, limit: page.limit, offset: page.offset }) as Row[];
  const counts = db.prepare(`SELECT count(*) AS total, COALESCE(SUM(is_overdue), 0) AS overdue FROM (${from})`).get(params) as { total: number; overdue: number };
  const today = now.toISOString().slice(0, 10);
  return { items: rows.map((row) => toItem(score(row, recurring, today))), total: counts.total, overdue: counts.overdue };
};
