import { createHash } from 'node:crypto';
import type { EvidenceKind, TimelineEntryKind } from '@hindsight/domain';

/** Where a suggestion came from, kept so the history can say which record of which file it was. */
export interface SourceRecord {
  format: ImportFormat;
  file: string;
  /** 1-based line of a line-oriented file. */
  line?: number;
  /** The record's own id where it has one: alert fingerprint, Slack ts, PagerDuty event id. */
  messageId?: string;
  /** The timestamp exactly as the source wrote it. */
  timestamp: string;
  /** The zone it was written in: an offset such as `+02:00`, `Z`, or an assumed zone for zone-less formats. */
  zone: string;
}

/** A measured series attached to a metric suggestion: enough points to draw the change. */
export interface SeriesExcerpt {
  name: string;
  points: Array<[at: string, value: number]>;
  before: number;
  after: number;
}

/**
 * A timeline entry an importer proposes. Not a fact until an editor accepts it; `key`
 * identifies the source record, so importing the same record twice is recognised.
 */
export interface Suggestion {
  key: string;
  at: string;
  kind: TimelineEntryKind;
  description: string;
  evidenceKind: EvidenceKind;
  service?: string;
  /** How many source records this one stands for (a repeated log message counts each line). */
  count: number;
  /** A sign that something was wrong: an error, a change point, a firing alert, a page. */
  anomaly: boolean;
  source: SourceRecord;
  series?: SeriesExcerpt;
}

export const IMPORT_FORMATS = ['logs', 'prometheus', 'metrics-csv', 'alertmanager', 'pagerduty', 'opsgenie', 'slack', 'deploys'] as const;
export type ImportFormat = (typeof IMPORT_FORMATS)[number];

/** The identity of a source record: its format and the text that makes it that record. */
export const suggestionKey = (format: ImportFormat, identity: string): string =>
  createHash('sha256').update(`${format}\n${identity}`).digest('hex');
