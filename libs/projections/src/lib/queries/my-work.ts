import type Database from 'better-sqlite3';
import type { BoardFilters, BoardItem } from './action-items';
import { actionItemBoardPage } from './board-page';
import { listReports, type ReportListItem } from './reports';

export interface Worker {
  /** The name the person's changes are recorded under; action items owned by it are theirs. */
  subject: string;
  /** Their teams: items owned by one of these teams are theirs too. */
  teams: readonly string[];
  /** The teams whose reports they may read; undefined: every team. */
  readable?: readonly string[];
  reviews: boolean;
}

export interface PastDueCommunication {
  reportId: string;
  reportTitle: string;
  communicationId: string;
  channel: string;
  summary: string;
  plannedFor: string;
}

export interface MyWork {
  reviewsWaiting: ReportListItem[];
  overdueItems: BoardItem[];
  dueSoonItems: BoardItem[];
  staleDrafts: ReportListItem[];
  pastDueCommunications: PastDueCommunication[];
}

export const STALE_AFTER_DAYS = 7;
export const DUE_SOON_DAYS = 7;
const SHOWN = 20;
const DAY = 86_400_000;

/**
 * What needs this person now: reports waiting for their review, their overdue and due-soon
 * action items, drafts nobody touched for a week, and communications planned for a time that
 * has passed; each list the most urgent first, at most 20.
 */
export const myWork = (db: Database.Database, who: Worker, now: Date): MyWork => {
  const teams = who.readable;
  const soon = new Date(now.getTime() + DUE_SOON_DAYS * DAY).toISOString().slice(0, 10);
  // The person's open items (their own or their teams'), each list a page of the board sorted by due date.
  const mine = { teams, openOnly: true, ownedBy: { person: who.subject, teams: who.teams } };
  const due = (f: BoardFilters) => actionItemBoardPage(db, { ...mine, ...f }, { sort: 'due', limit: SHOWN, offset: 0 }, now).items;
  const staleBefore = new Date(now.getTime() - STALE_AFTER_DAYS * DAY).toISOString();
  const drafts = listReports(db, { status: 'draft', teams, updatedBefore: staleBefore, sort: 'updatedAt', order: 'asc', limit: SHOWN, offset: 0 }).items;
  const readable = teams === undefined ? '' : 'AND r.team IN (SELECT value FROM json_each(@teams))';
  const communications = db
    .prepare(
      `SELECT c.report_id, r.title, c.communication_id, c.channel, c.summary, c.planned_for FROM rm_communications c
       JOIN rm_reports r ON r.id = c.report_id
       WHERE c.status = 'planned' AND c.planned_for IS NOT NULL AND c.planned_for < @now ${readable}
       ORDER BY c.planned_for LIMIT ${SHOWN}`,
    )
    .all({ now: now.toISOString(), teams: teams === undefined ? null : JSON.stringify(teams) }) as Record<string, string>[];
  return {
    reviewsWaiting: who.reviews ? listReports(db, { status: 'in_review', teams, sort: 'updatedAt', order: 'asc', limit: SHOWN, offset: 0 }).items : [],
    overdueItems: due({ overdue: true }),
    dueSoonItems: due({ overdue: false, dueBy: soon }),
    staleDrafts: drafts,
    pastDueCommunications: communications.map((c) => ({
      reportId: c['report_id'],
      reportTitle: c['title'],
      communicationId: c['communication_id'],
      channel: c['channel'],
      summary: c['summary'],
      plannedFor: c['planned_for'],
    })),
  };
};
