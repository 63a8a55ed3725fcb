import { evolve, type Postmortem, type Suggestion } from '@hindsight/domain';
import type { ProjectedEvent, Projection } from '../projection';
import { dropTables, prepared } from './sql';

/**
 * Each report's imported suggestions and where they stand: pending review, accepted (on the
 * timeline, with the entry), or dismissed. A source record imported twice keeps its first row:
 * the key is the record, so the second import recognises it.
 */
export const suggestionsProjection: Projection = {
  name: 'suggestions',
  version: 1,
  migrate: (db) =>
    db.exec(`
      CREATE TABLE IF NOT EXISTS rm_suggestions (
        report_id TEXT NOT NULL, key TEXT NOT NULL, import_id TEXT NOT NULL, format TEXT NOT NULL, at TEXT NOT NULL,
        status TEXT NOT NULL, entry_id TEXT, suggestion TEXT NOT NULL, PRIMARY KEY (report_id, key)
      ) STRICT;
      CREATE INDEX IF NOT EXISTS rm_suggestions_by_time ON rm_suggestions (report_id, at);
    `),
  drop: (db) => dropTables(db, ['rm_suggestions']),
  apply: (db, changes) => {
    const insert = prepared(db, "INSERT OR IGNORE INTO rm_suggestions VALUES (?, ?, ?, ?, ?, 'pending', NULL, ?)");
    const mark = prepared(db, 'UPDATE rm_suggestions SET status = ?, entry_id = ? WHERE report_id = ? AND key = ?');
    for (const change of changes) {
      let report = change.before;
      for (const event of change.events) {
        const before = report;
        report = evolve(report, event);
        if (before) apply(event, before, { insert: (s, importId) => insert.run(change.postmortemId, s.key, importId, s.source.format, s.at, JSON.stringify(s)), mark: (status, entryId, key) => mark.run(status, entryId, change.postmortemId, key) });
      }
    }
  },
};

interface Writes {
  insert(suggestion: Suggestion, importId: string): void;
  mark(status: 'pending' | 'accepted' | 'dismissed', entryId: string | null, key: string): void;
}

const apply = (event: ProjectedEvent, before: Postmortem, writes: Writes): void => {
  switch (event.type) {
    case 'SuggestionsImported':
      for (const suggestion of event.data.suggestions) writes.insert(suggestion, event.data.importId);
      return;
    case 'SuggestionsDismissed':
      for (const { key } of event.data.suggestions) writes.mark('dismissed', null, key);
      return;
    case 'TimelineEntryAdded':
      if (event.data.source) writes.mark('accepted', event.data.id, event.data.source.key);
      return;
    case 'TimelineEntryRemoved': {
      // Removing an accepted entry puts its suggestion back up for review.
      const source = before.timeline.find((e) => e.id === event.data.entryId)?.source;
      if (source) writes.mark('pending', null, source.key);
      return;
    }
    default:
  }
};
