import { type ImportResult, UnparsedRecords } from '../import-result';
import { type Chunks, readLineBatches } from '../lines';
import { type Suggestion, suggestionKey } from '../suggestion';
import { firstSignal, type ImportWindow, windowMs } from '../window';
import { parseLogLine } from './log-line';
import { atLeastWarning, type LineContext, type LogRecord } from './log-record';
import { messageTemplate } from './message-template';

export interface LogImportOptions {
  file: string;
  window?: ImportWindow;
  /** For lines written without a zone. */
  assumedZone?: string;
  /** For RFC 3164 lines, which have no year: the year nearest this date. */
  reference?: Date;
  maxSuggestions?: number;
}

interface Group {
  first: LogRecord;
  line: number;
  text: string;
  count: number;
}

/** Distinct messages remembered at once: a bound on memory whatever the file holds. */
const MAX_GROUPS = 10_000;

/**
 * Reads a log of any size in one pass and bounded memory. Lines at warning level and above
 * within the window are grouped by service, level and message template; each group becomes
 * one suggestion at its first occurrence, counting the lines it stands for.
 */
export class LogImport {
  private readonly context: LineContext;
  private readonly window: { from: number; to: number };
  private readonly groups = new Map<string, Group>();
  private readonly unparsed = new UnparsedRecords();
  private records = 0;
  private outsideWindow = 0;
  private overflow = 0;

  constructor(private readonly options: LogImportOptions) {
    this.context = { assumedZone: options.assumedZone ?? 'UTC', reference: options.reference ?? new Date(options.window?.to ?? Date.now()) };
    this.window = windowMs(options.window);
  }

  add(text: string, line: number): void {
    if (text.trim() === '') return;
    this.records += 1;
    const record = parseLogLine(text, this.context);
    if (!record) return this.unparsed.add(line);
    if (record.time.ms < this.window.from || record.time.ms > this.window.to) {
      this.outsideWindow += 1;
      return;
    }
    if (atLeastWarning(record.level)) this.group(record, line, text);
  }

  /** A line too long to be a log line. */
  unreadable(line: number): void {
    this.records += 1;
    this.unparsed.add(line);
  }

  private group(record: LogRecord, line: number, text: string): void {
    const id = `${record.service ?? ''}\u0000${record.level}\u0000${messageTemplate(record.message)}`;
    const group = this.groups.get(id);
    if (group) {
      group.count += 1;
      if (record.time.ms < group.first.time.ms) Object.assign(group, { first: record, line, text });
    } else if (this.groups.size < MAX_GROUPS) this.groups.set(id, { first: record, line, text, count: 1 });
    else this.overflow += 1;
  }

  result(): ImportResult {
    const all = [...this.groups.values()].map((g) => this.suggestion(g)).sort((a, b) => a.at.localeCompare(b.at));
    const max = this.options.maxSuggestions ?? 500;
    const suggestions = all.slice(0, max);
    return {
      format: 'logs',
      file: this.options.file,
      records: this.records,
      suggestions,
      unparsed: this.unparsed.toJSON(),
      outsideWindow: this.outsideWindow,
      omitted: all.length - suggestions.length + this.overflow,
      firstSignal: firstSignal(suggestions, this.options.window?.detectedAt)?.key,
    };
  }

  private suggestion({ first, line, text, count }: Group): Suggestion {
    return {
      key: suggestionKey('logs', text),
      at: first.time.at,
      kind: 'observation',
      description: first.service ? `${first.service}: ${first.message}` : first.message,
      evidenceKind: 'log',
      service: first.service,
      count,
      anomaly: first.level === 'error' || first.level === 'fatal',
      source: { format: 'logs', file: this.options.file, line, timestamp: first.timestamp, zone: first.time.zone },
    };
  }
}

export const importLog = async (input: Chunks, options: LogImportOptions): Promise<ImportResult> => {
  const log = new LogImport(options);
  for await (const batch of readLineBatches(input)) {
    for (const { number, text, truncated } of batch) {
      if (truncated) log.unreadable(number);
      else log.add(text, number);
    }
  }
  return log.result();
};
