import { parseTimestamp } from '../timestamps';
import { type LineContext, type LogRecord, normaliseLevel } from './log-record';

const PREFIX = /^(\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}:\d{2}(?:[.,]\d{1,9})?(?:Z|[+-]\d{2}:?\d{2})?)\s+(.*)$/i;
const LEVEL = /^\[?([A-Za-z]{3,11})\]?:?\s+/;
const SERVICE = /^\[([\w.@/-]+)\]:?\s+|^([\w.@/-]+):\s+/;

/** `2026-03-14T09:00:01.250+01:00 ERROR [checkout] message`: an RFC 3339 prefix, then an optional level and service. */
export const parsePlainLine = (line: string, context: LineContext): LogRecord | undefined => {
  const match = PREFIX.exec(line);
  const time = match && parseTimestamp(match[1], context.assumedZone);
  if (!match || !time) return undefined;
  let rest = match[2];
  const levelMatch = LEVEL.exec(rest);
  const level = levelMatch ? normaliseLevel(levelMatch[1]) : undefined;
  if (level && levelMatch) rest = rest.slice(levelMatch[0].length);
  const serviceMatch = SERVICE.exec(rest);
  if (serviceMatch) rest = rest.slice(serviceMatch[0].length);
  return { time, timestamp: match[1], level, message: rest, service: serviceMatch?.[1] ?? serviceMatch?.[2] };
};
