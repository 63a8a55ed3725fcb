import type { ImportFormat, Suggestion } from './suggestion';

/** Line numbers kept of the records that did not parse: enough to find them, bounded for any file. */
export const UNPARSED_LINES_KEPT = 100;

/** What an import found: suggestions, what it could not read, what lay outside the window. */
export interface ImportResult {
  format: ImportFormat;
  file: string;
  /** Source records read (lines, messages, alerts, points). */
  records: number;
  suggestions: Suggestion[];
  unparsed: { count: number; lines: number[] };
  outsideWindow: number;
  /** Suggestions found beyond the most one import keeps; the earliest are kept. */
  omitted: number;
  /** Key of the earliest anomaly before detection, when the window names a detection time. */
  firstSignal?: string;
}

/** Counts records that do not parse and remembers the first line numbers. */
export class UnparsedRecords {
  count = 0;
  readonly lines: number[] = [];

  add(line: number): void {
    this.count += 1;
    if (this.lines.length < UNPARSED_LINES_KEPT) this.lines.push(line);
  }

  toJSON() {
    return { count: this.count, lines: this.lines };
  }
}
