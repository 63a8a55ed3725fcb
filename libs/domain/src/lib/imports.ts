import type { EvidenceKind, Instant, TimelineEntryKind } from './values';

/**
 * Raw material read into suggestions (docs/importers.md). A suggestion is not a fact: it joins
 * the timeline only when an editor accepts it, and the entry then names its source.
 */
export const IMPORT_FORMATS = ['logs', 'prometheus', 'metrics-csv', 'alertmanager', 'pagerduty', 'opsgenie', 'slack', 'deploys'] as const;
export type ImportFormat = (typeof IMPORT_FORMATS)[number];

/** Suggestions one import may record; importers keep the earliest. */
export const MAX_SUGGESTIONS_PER_IMPORT = 500;

/** Where a suggestion came from: which record of which file, its time as written. */
export interface SourceRecord {
  format: ImportFormat;
  file: string;
  line?: number;
  messageId?: string;
  timestamp: string;
  zone: string;
}

export interface SeriesExcerpt {
  name: string;
  points: Array<[at: string, value: number]>;
  before: number;
  after: number;
}

export interface Suggestion {
  /** SHA-256 of the format and the source record's identity: the same record always has the same key. */
  key: string;
  at: Instant;
  kind: TimelineEntryKind;
  description: string;
  evidenceKind: EvidenceKind;
  service?: string;
  count: number;
  /** A sign something was wrong (an error, a change point, a firing alert, a page). */
  anomaly: boolean;
  source: SourceRecord;
  series?: SeriesExcerpt;
}

/** What an import read, as recorded in the report's history. */
export interface ImportRecord {
  importId: string;
  format: ImportFormat;
  file: { name: string; sha256: string; bytes: number };
  records: number;
  unparsed: { count: number; lines: number[] };
  outsideWindow: number;
  omitted: number;
  /** The key of the earliest anomaly before detection. */
  firstSignal?: string;
  suggestions: Suggestion[];
}

/** A timeline entry accepted from an import names the import and the suggestion's key. */
export interface EntrySource {
  importId: string;
  key: string;
}

/** An import as the write side keeps it: enough to check acceptances and dismissals. */
export interface ImportSummary {
  id: string;
  format: ImportFormat;
  file: string;
  /** The digest of the file read: the evidence locker may keep it under this name. */
  sha256: string;
  keys: string[];
  dismissed: string[];
  firstSignal?: { key: string; at: Instant; description: string };
}
