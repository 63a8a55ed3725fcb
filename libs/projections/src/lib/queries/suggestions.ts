import type { ImportFormat, Suggestion } from '@hindsight/domain';
import type Database from 'better-sqlite3';
import { where } from './where';

export type SuggestionStatus = 'pending' | 'accepted' | 'dismissed';

export interface SuggestionRow extends Suggestion {
  importId: string;
  status: SuggestionStatus;
  entryId?: string;
}

export interface SuggestionFilters {
  status?: SuggestionStatus;
  formats?: ImportFormat[];
  from?: string;
  to?: string;
  keys?: string[];
}

/** A report's suggestions in time order, filtered by review status, source format and a window. */
export const reportSuggestions = (db: Database.Database, reportId: string, filters: SuggestionFilters = {}): SuggestionRow[] => {
  const list = (values: readonly string[] | undefined) => (values?.length ? JSON.stringify(values) : undefined);
  const { sql, params } = where({
    reportId: ['report_id = @reportId', reportId],
    status: ['status = @status', filters.status],
    formats: ['format IN (SELECT value FROM json_each(@formats))', list(filters.formats)],
    from: ['at >= @from', filters.from],
    to: ['at <= @to', filters.to],
    keys: ['key IN (SELECT value FROM json_each(@keys))', list(filters.keys)],
  });
  const rows = db.prepare(`SELECT import_id, status, entry_id, suggestion FROM rm_suggestions ${sql} ORDER BY at, key`).all(params) as {
    import_id: string;
    status: SuggestionStatus;
    entry_id: string | null;
    suggestion: string;
  }[];
  return rows.map((r) => ({ ...(JSON.parse(r.suggestion) as Suggestion), importId: r.import_id, status: r.status, ...(r.entry_id && { entryId: r.entry_id }) }));
};

/** Which of these keys the report has seen before, in any import. */
export const knownSuggestionKeys = (db: Database.Database, reportId: string, keys: readonly string[]): Set<string> => {
  const known = new Set<string>();
  const lookup = db.prepare('SELECT 1 FROM rm_suggestions WHERE report_id = ? AND key = ?').pluck();
  for (const key of keys) if (lookup.get(reportId, key)) known.add(key);
  return known;
};
