import { PLAUSIBLE } from '@hindsight/domain';
import { DateTime } from 'luxon';

/**
 * A source's timestamp read as an instant, with the zone it was written in. The ISO form is
 * made only when asked for: a log's millions of lines need just the number to be clipped.
 */
export class ParsedTime {
  constructor(
    readonly ms: number,
    readonly zone: string,
  ) {}

  get at(): string {
    return new Date(this.ms).toISOString();
  }
}

const EARLIEST = Date.parse(PLAUSIBLE.earliest);
const OFFSET = /(Z|[+-]\d{2}:?\d{2})$/i;
const ISO_LIKE = /^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(:\d{2}([.,]\d{1,9})?)?(Z|[+-]\d{2}:?\d{2})?$/i;

/** The same bounds as every time the API accepts: nothing before 1990, nothing more than a day ahead. */
const plausible = (ms: number): boolean => Number.isFinite(ms) && ms >= EARLIEST && ms <= Date.now() + PLAUSIBLE.happenedSlackMs;

const fromMs = (ms: number, zone: string): ParsedTime | undefined => (plausible(ms) ? new ParsedTime(ms, zone) : undefined);

/** Epoch numbers: seconds, milliseconds, microseconds or nanoseconds, told apart by size. */
const fromEpoch = (n: number): ParsedTime | undefined => {
  const ms = n > 1e17 ? n / 1e6 : n > 1e14 ? n / 1e3 : n > 1e11 ? n : n * 1000;
  return fromMs(Math.round(ms), 'Z');
};

/** `HH:MM` offsets without the colon (`+0200`) read by Date.parse only once the colon is back. */
const normalOffset = (offset: string) => (offset.length === 5 ? `${offset.slice(0, 3)}:${offset.slice(3)}` : offset);

const fromIso = (text: string, assumedZone: string): ParsedTime | undefined => {
  const iso = text.includes(' ') || text.includes(',') ? text.replace(' ', 'T').replace(',', '.') : text;
  if (iso.endsWith('Z')) return fromMs(Date.parse(iso), 'Z');
  const offset = OFFSET.exec(iso)?.[1];
  if (offset) {
    const zone = offset.toUpperCase() === 'Z' ? 'Z' : normalOffset(offset);
    return fromMs(Date.parse(iso.slice(0, iso.length - offset.length) + zone), zone);
  }
  const local = DateTime.fromISO(iso, { zone: assumedZone });
  return local.isValid ? fromMs(local.toMillis(), `${assumedZone} (assumed)`) : undefined;
};

/**
 * Reads the timestamps logs and exports write: RFC 3339 / ISO 8601 with or without an
 * offset (without one, `assumedZone` applies and the zone says so), a space for the `T`,
 * a comma before the fraction, and epoch numbers. Anything else, or an instant before 1990
 * or after tomorrow, is not a timestamp.
 */
export const parseTimestamp = (value: unknown, assumedZone = 'UTC'): ParsedTime | undefined => {
  if (typeof value === 'number') return fromEpoch(value);
  if (typeof value !== 'string') return undefined;
  const text = value.trim();
  if (/^\d+(\.\d+)?$/.test(text)) return fromEpoch(Number(text));
  return ISO_LIKE.test(text) ? fromIso(text, assumedZone) : undefined;
};

const BSD = /^([A-Z][a-z]{2}) {1,2}(\d{1,2}) (\d{2}:\d{2}:\d{2})$/;

/**
 * RFC 3164's `Mmm dd hh:mm:ss` has neither year nor zone. A log holds the past: the year is
 * the latest that does not put the line after `reference` (the file's end, or now), so a log
 * read in January places its December lines in the year before.
 */
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** The wall-clock time in a zone as an instant; UTC directly, other zones through luxon's zone rules. */
const wallClock = (year: number, month: number, day: number, time: string, zone: string): number => {
  const [hour, minute, second] = [Number(time.slice(0, 2)), Number(time.slice(3, 5)), Number(time.slice(6, 8))];
  if (zone === 'UTC') return Date.UTC(year, month, day, hour, minute, second);
  return DateTime.fromObject({ year, month: month + 1, day, hour, minute, second }, { zone }).toMillis();
};

export const parseBsdTimestamp = (text: string, reference: Date, assumedZone = 'UTC'): ParsedTime | undefined => {
  const match = BSD.exec(text);
  const month = match ? MONTHS.indexOf(match[1]) : -1;
  if (!match || month < 0) return undefined;
  const day = Number(match[2]);
  const latest = reference.getTime() + PLAUSIBLE.happenedSlackMs;
  const year = reference.getUTCFullYear();
  for (const y of [year + 1, year, year - 1]) {
    const ms = wallClock(y, month, day, match[3], assumedZone);
    if (new Date(Date.UTC(y, month, day)).getUTCDate() === day && ms <= latest) return fromMs(ms, `${assumedZone} (assumed)`);
  }
  return undefined;
};
