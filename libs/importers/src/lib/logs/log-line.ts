import { parseJsonLine } from './json-line';
import type { LineContext, LogRecord } from './log-record';
import { parseLogfmtLine } from './logfmt-line';
import { parsePlainLine } from './plain-line';
import { parseRfc3164Line, parseRfc5424Line } from './syslog-line';

/**
 * Reads one line in whichever format it is: a file may mix them (a collector's output, a
 * syslog file with JSON payloads from some programs). The first character decides cheaply.
 */
export const parseLogLine = (line: string, context: LineContext): LogRecord | undefined => {
  const first = line.charCodeAt(0);
  if (first === 0x7b /* { */) return parseJsonLine(line, context);
  if (first === 0x3c /* < */) return parseRfc5424Line(line, context) ?? parseRfc3164Line(line, context);
  if (first >= 0x30 && first <= 0x39) return parsePlainLine(line, context) ?? parseLogfmtLine(line, context);
  if (first >= 0x41 && first <= 0x5a) return parseRfc3164Line(line, context) ?? parseLogfmtLine(line, context);
  return line.includes('=') ? parseLogfmtLine(line, context) : undefined;
};
