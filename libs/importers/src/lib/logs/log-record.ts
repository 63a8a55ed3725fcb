import type { ParsedTime } from '../timestamps';

export const LEVELS = ['debug', 'info', 'warn', 'error', 'fatal'] as const;
export type Level = (typeof LEVELS)[number];

/** One log line, whatever format it came in. */
export interface LogRecord {
  time: ParsedTime;
  /** The timestamp as written. */
  timestamp: string;
  level?: Level;
  message: string;
  service?: string;
  traceId?: string;
}

/** How zone-less formats are read: the zone to assume and, for RFC 3164, the year to place them in. */
export interface LineContext {
  assumedZone: string;
  reference: Date;
}

const NAMED: Record<string, Level> = {
  trace: 'debug', debug: 'debug', dbg: 'debug', verbose: 'debug',
  info: 'info', information: 'info', informational: 'info', notice: 'info', inf: 'info',
  warn: 'warn', warning: 'warn', wrn: 'warn',
  error: 'error', err: 'error', eror: 'error',
  fatal: 'fatal', critical: 'fatal', crit: 'fatal', alert: 'fatal', emerg: 'fatal', emergency: 'fatal', panic: 'fatal',
};

/** Pino and Bunyan number their levels 10 (trace) to 60 (fatal). */
const byNumber = (n: number): Level | undefined =>
  n >= 60 ? 'fatal' : n >= 50 ? 'error' : n >= 40 ? 'warn' : n >= 30 ? 'info' : n >= 10 ? 'debug' : undefined;

export const normaliseLevel = (value: unknown): Level | undefined =>
  typeof value === 'number' ? byNumber(value) : typeof value === 'string' ? NAMED[value.trim().toLowerCase()] : undefined;

/** Syslog severities 0 (emergency) to 7 (debug). */
export const syslogLevel = (severity: number): Level =>
  severity <= 2 ? 'fatal' : severity === 3 ? 'error' : severity === 4 ? 'warn' : severity <= 6 ? 'info' : 'debug';

export const atLeastWarning = (level: Level | undefined): boolean => level === 'warn' || level === 'error' || level === 'fatal';
