import { type ImportResult, UnparsedRecords } from './import-result';
import type { ImportFormat, Suggestion } from './suggestion';
import { firstSignal, type ImportWindow, withinWindow } from './window';

export const MAX_SUGGESTIONS = 500;

/** A JSON value and where it was: its line in JSON Lines, its index in a document. */
export interface JsonRecord {
  value: unknown;
  line?: number;
}

/**
 * The JSON shapes exports and webhook captures come in: one document (an object, or an array
 * of records), or JSON Lines with one record per line, where lines that are not JSON are
 * counted and the rest still read.
 */
export const jsonRecords = (text: string): { records: JsonRecord[]; unparsed: UnparsedRecords } => {
  const unparsed = new UnparsedRecords();
  try {
    const whole: unknown = JSON.parse(text);
    return { records: (Array.isArray(whole) ? whole : [whole]).map((value) => ({ value })), unparsed };
  } catch {
    const records: JsonRecord[] = [];
    text.split('\n').forEach((line, i) => {
      if (line.trim() === '') return;
      try {
        records.push({ value: JSON.parse(line), line: i + 1 });
      } catch {
        unparsed.add(i + 1);
      }
    });
    return { records, unparsed };
  }
};

/**
 * Suggestions from record-oriented sources: clipped to the window, the same record seen
 * twice in one file (a re-sent notification) counted once, earliest first, at most
 * MAX_SUGGESTIONS kept.
 */
export const collect = (
  { format, file, window }: { format: ImportFormat; file: string; window?: ImportWindow },
  records: number,
  found: Suggestion[],
  unparsed: UnparsedRecords,
): ImportResult => {
  const byKey = new Map<string, Suggestion>();
  let outsideWindow = 0;
  for (const suggestion of found) {
    if (!withinWindow(suggestion.at, window)) outsideWindow += 1;
    else if (byKey.has(suggestion.key)) (byKey.get(suggestion.key) as Suggestion).count += suggestion.count;
    else byKey.set(suggestion.key, suggestion);
  }
  const all = [...byKey.values()].sort((a, b) => a.at.localeCompare(b.at));
  const suggestions = all.slice(0, MAX_SUGGESTIONS);
  return {
    format,
    file,
    records,
    suggestions,
    unparsed: unparsed.toJSON(),
    outsideWindow,
    omitted: all.length - suggestions.length,
    firstSignal: firstSignal(suggestions, window?.detectedAt)?.key,
  };
};

export type Fields = Record<string, unknown>;
export const isObject = (value: unknown): value is Fields => typeof value === 'object' && value !== null && !Array.isArray(value);
export const str = (value: unknown): string | undefined => (typeof value === 'string' && value.trim() !== '' ? value : undefined);
