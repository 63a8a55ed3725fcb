import { EFFORT_DIVISOR, FREQUENCY_WEIGHT, SCORE_SCALE, SEVERITY_WEIGHT } from '@hindsight/domain';
import type { Projection } from '../projection';
import { maskOf, migrateCategoryBits } from './category-bits';
import { dropTables, json, touches, prepared } from './sql';

/**
 * Every action item of every report, with what it needs to be prioritised and followed up. The
 * parts of its priority that do not depend on recurrences are stored as numbers (the domain's
 * weights), so the board ranks with arithmetic rather than by reading words.
 */
export const actionItemsProjection: Projection = {
  name: 'action-items',
  // 3: category mask and the fixed parts of the priority; change it with the domain's weights.
  // 4: the domain's categories hold the first bits, whatever order reports are applied in.
  version: 4,
  migrate: (db) => {
    migrateCategoryBits(db);
    db.exec(`
      CREATE TABLE IF NOT EXISTS rm_action_items (
        report_id TEXT NOT NULL, item_id TEXT NOT NULL, title TEXT NOT NULL, description TEXT NOT NULL,
        success_criteria TEXT NOT NULL, type TEXT NOT NULL, due_date TEXT, owner_kind TEXT, owner_name TEXT,
        status TEXT NOT NULL, severity TEXT NOT NULL, frequency TEXT NOT NULL, effort TEXT NOT NULL,
        cause_ids TEXT NOT NULL, cause_categories TEXT NOT NULL, category_mask INTEGER NOT NULL,
        priority_base REAL NOT NULL, frequency_weight INTEGER NOT NULL, team TEXT NOT NULL, report_title TEXT NOT NULL,
        proposed_at TEXT NOT NULL, closed_at TEXT, verification_note TEXT, wont_do_reason TEXT,
        PRIMARY KEY (report_id, item_id)
      ) STRICT;
      CREATE INDEX IF NOT EXISTS rm_action_items_by_status ON rm_action_items (status, due_date);
      CREATE INDEX IF NOT EXISTS rm_action_items_by_owner ON rm_action_items (owner_name COLLATE NOCASE, status);
      -- Everything the board ranks, filters and sorts by: it ranks from this index alone, then reads the page's rows.
      -- What the board's counts read: how many match, are open and overdue, by team or owner.
      CREATE INDEX IF NOT EXISTS rm_action_items_counting ON rm_action_items (status, due_date, team, owner_name);
      CREATE INDEX IF NOT EXISTS rm_action_items_ranking ON rm_action_items (status, priority_base, frequency_weight, category_mask,
        due_date, item_id, team, owner_name, cause_categories);
    `);
  },
  drop: (db) => dropTables(db, ['rm_action_items', 'rm_category_bits']),
  apply: (db, changes) => {
    const upsert = prepared(db, `
      INSERT INTO rm_action_items VALUES (@reportId, @itemId, @title, @description, @successCriteria, @type, @dueDate,
        @ownerKind, @ownerName, @status, @severity, @frequency, @effort, @causeIds, @causeCategories, @categoryMask, @priorityBase, @frequencyWeight, @team, @reportTitle,
        @proposedAt, @closedAt, @verificationNote, @wontDoReason)
      ON CONFLICT (report_id, item_id) DO UPDATE SET title = excluded.title, description = excluded.description,
        success_criteria = excluded.success_criteria, type = excluded.type, due_date = excluded.due_date,
        owner_kind = excluded.owner_kind, owner_name = excluded.owner_name, status = excluded.status,
        severity = excluded.severity, frequency = excluded.frequency, effort = excluded.effort,
        cause_ids = excluded.cause_ids, cause_categories = excluded.cause_categories, category_mask = excluded.category_mask,
        priority_base = excluded.priority_base, frequency_weight = excluded.frequency_weight, team = excluded.team,
        report_title = excluded.report_title, closed_at = excluded.closed_at,
        verification_note = excluded.verification_note, wont_do_reason = excluded.wont_do_reason`);
    const closedAt = prepared(db, 'SELECT closed_at FROM rm_action_items WHERE report_id = ? AND item_id = ?');
    for (const change of changes) {
      const report = change.after;
      if (!report || !touches(change, ['ActionItem', 'Cause', 'IncidentFacts'])) continue;
      for (const item of report.actionItems) {
        const closingEvent = change.events.filter((e) => (e.type === 'ActionItemCompleted' || e.type === 'ActionItemDeclined') && e.data.actionItemId === item.id).at(-1);
        const proposed = change.events.find((e) => e.type === 'ActionItemProposed' && e.data.id === item.id);
        const closed = item.status === 'done' || item.status === 'wont_do';
        const categories = [...new Set(report.causes.filter((c) => item.causeIds.includes(c.id)).map((c) => c.category))];
        upsert.run({
          reportId: change.postmortemId,
          itemId: item.id,
          title: item.title,
          description: item.description,
          successCriteria: item.successCriteria,
          type: item.type,
          dueDate: item.dueDate ?? null,
          ownerKind: item.owner?.kind ?? null,
          ownerName: item.owner?.name ?? null,
          status: item.status,
          severity: item.priority.severity,
          frequency: item.priority.frequency,
          effort: item.priority.effort,
          causeIds: json(item.causeIds),
          causeCategories: json(categories),
          categoryMask: maskOf(db, categories),
          priorityBase: (SEVERITY_WEIGHT[item.priority.severity] * SCORE_SCALE) / EFFORT_DIVISOR[item.priority.effort],
          frequencyWeight: FREQUENCY_WEIGHT[item.priority.frequency],
          team: report.facts.team,
          reportTitle: report.facts.title,
          proposedAt: proposed?.metadata.timestamp ?? change.events[0].metadata.timestamp,
          closedAt: !closed ? null : (closingEvent?.metadata.timestamp ?? (closedAt.get(change.postmortemId, item.id) as { closed_at: string | null } | undefined)?.closed_at ?? null),
          verificationNote: item.verificationNote ?? null,
          wontDoReason: item.wontDoReason ?? null,
        });
      }
    }
  },
};
