import type Database from 'better-sqlite3';
import { categoryBits } from '../read-models/category-bits';
import { type BoardFilters, type BoardPage, type BoardSort, boardFilter, recurrences, type Row, score, toItem } from './action-items';
import { BAND_CONDITIONS, IS_OPEN, IS_OVERDUE, rankingParameters, SCORE } from './board-ranking';

const DUE = "COALESCE(a.due_date, '9999')";

/** What each sort orders by first; ties fall back to the priority order, then the item id. */
const SORT_COLUMNS: Record<Exclude<BoardSort, 'priority'>, string> = {
  due: DUE,
  report: 'a.report_title COLLATE NOCASE',
  owner: "COALESCE(a.owner_name, '') COLLATE NOCASE",
  status: 'a.status',
};

const and = (...conditions: string[]) => {
  const kept = conditions.filter(Boolean);
  return kept.length ? `WHERE ${kept.join(' AND ')}` : '';
};

/**
 * One page of the board, with how many items match and how many of those are overdue. SQLite
 * ranks the matching items by the priority as SQL (see board-ranking), reading only the ranking
 * index; the page's rows are then read and built in full with the domain's own `prioritise`.
 * In the priority order open items come first, so a page of open items ranks only those.
 */
export const actionItemBoardPage = (db: Database.Database, f: BoardFilters, page: BoardPage, now: Date) => {
  const recurring = recurrences(db, now, f.teams);
  const today = now.toISOString().slice(0, 10);
  const filter = boardFilter(f);
  const stored = filter.sql.replace(/^WHERE /, '');
  const ranked = [f.band ? `(${BAND_CONDITIONS[f.band]})` : '', f.overdue === undefined ? '' : f.overdue ? IS_OVERDUE : `NOT ${IS_OVERDUE}`];
  const params = { ...filter.params, ...rankingParameters(recurring, categoryBits(db)), today };

  // Unfiltered, each count has an index that answers it alone (open and overdue items through the
  // status index); filtered, one pass over the matching items counts all three.
  const count = (...conditions: string[]) => db.prepare(`SELECT count(*) FROM rm_action_items a ${and(...conditions)}`).pluck().get(params) as number;
  const counts =
    stored === '' && ranked.every((condition) => condition === '')
      ? { total: count(), open: count(IS_OPEN), overdue: count(IS_OVERDUE) }
      : (db
          .prepare(`SELECT count(*) AS total, COALESCE(SUM(${IS_OPEN}), 0) AS open, COALESCE(SUM(${IS_OVERDUE}), 0) AS overdue FROM rm_action_items a ${and(stored, ...ranked)}`)
          .get(params) as { total: number; open: number; overdue: number });

  const rank = (segment: string, order: string, limit: number, offset: number): number[] =>
    limit <= 0
      ? []
      : (db.prepare(`SELECT a.rowid FROM rm_action_items a ${and(stored, segment, ...ranked)} ORDER BY ${order}, a.item_id LIMIT @limit OFFSET @offset`).pluck().all({ ...params, limit, offset }) as number[]);

  const byPriority = page.order === 'desc' ? `${SCORE} ASC, ${DUE} DESC` : `${SCORE} DESC, ${DUE} ASC`;
  let ids: number[];
  if (page.sort === undefined || page.sort === 'priority') {
    const [first, firstCount, second] = page.order === 'desc' ? [`NOT ${IS_OPEN}`, counts.total - counts.open, IS_OPEN] : [IS_OPEN, counts.open, `NOT ${IS_OPEN}`];
    const head = page.offset < firstCount ? rank(first, byPriority, page.limit, page.offset) : [];
    ids = [...head, ...rank(second, byPriority, page.limit - head.length, Math.max(0, page.offset - firstCount))];
  } else {
    ids = rank('', `${SORT_COLUMNS[page.sort]} ${page.order === 'desc' ? 'DESC' : 'ASC'}, ${IS_OPEN} DESC, ${SCORE} DESC, ${DUE} ASC`, page.limit, page.offset);
  }

  const rows = new Map(
    (db.prepare('SELECT rowid AS id, * FROM rm_action_items WHERE rowid IN (SELECT value FROM json_each(?))').all(JSON.stringify(ids)) as (Row & { id: number })[]).map((row) => [row.id, row]),
  );
  return { items: ids.map((id) => toItem(score(rows.get(id) as Row, recurring, today))), total: counts.total, overdue: counts.overdue };
};
