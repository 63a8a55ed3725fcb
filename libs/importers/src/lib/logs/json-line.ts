import { parseTimestamp } from '../timestamps';
import { type LineContext, type LogRecord, normaliseLevel } from './log-record';

type Fields = Record<string, unknown>;

/** Common names for each field, in order of preference; dotted names are also looked up nested (ECS, OpenTelemetry). */
const NAMES = {
  time: ['@timestamp', 'timestamp', 'time', 'ts', 'date', 't'],
  level: ['level', 'log.level', 'severity', 'severity_text', 'lvl', 'levelname', 'loglevel'],
  message: ['message', 'msg', '@message', 'event', 'body'],
  service: ['service', 'service.name', 'app', 'application', 'component', 'logger', 'name'],
  traceId: ['trace_id', 'traceId', 'trace.id', 'traceid', 'dd.trace_id'],
} as const;

const lookup = (fields: Fields, name: string): unknown => {
  if (name in fields) return fields[name];
  const dot = name.indexOf('.');
  if (dot < 0) return undefined;
  const inner = fields[name.slice(0, dot)];
  return inner && typeof inner === 'object' ? lookup(inner as Fields, name.slice(dot + 1)) : undefined;
};

const first = (fields: Fields, names: readonly string[]): unknown => {
  for (const name of names) {
    const value = lookup(fields, name);
    if (value !== undefined && value !== null && value !== '') return value;
  }
  return undefined;
};

const text = (value: unknown): string | undefined =>
  typeof value === 'string' ? value : typeof value === 'number' ? String(value) : undefined;

/** Reads the fields of a structured line (a JSON object or logfmt pairs) into a log record. */
export const fromFields = (fields: Fields, context: LineContext): LogRecord | undefined => {
  const rawTime = first(fields, NAMES.time);
  const time = parseTimestamp(rawTime, context.assumedZone);
  const message = text(first(fields, NAMES.message));
  if (!time || message === undefined) return undefined;
  return {
    time,
    timestamp: String(rawTime),
    level: normaliseLevel(first(fields, NAMES.level)),
    message,
    service: text(first(fields, NAMES.service)),
    traceId: text(first(fields, NAMES.traceId)),
  };
};

export const parseJsonLine = (line: string, context: LineContext): LogRecord | undefined => {
  let fields: unknown;
  try {
    fields = JSON.parse(line);
  } catch {
    return undefined;
  }
  return fields && typeof fields === 'object' && !Array.isArray(fields) ? fromFields(fields as Fields, context) : undefined;
};
