import { DateTime } from 'luxon';

/** A source's timestamp read as an instant, with the zone it was written in. */
export interface ParsedTime {
  at: string;
  zone: string;
}

const EARLIEST = Date.parse('1990-01-01T00:00:00Z');
const OFFSET = /(Z|[+-]\d{2}:?\d{2})$/i;
const ISO_LIKE = /^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(:\d{2}([.,]\d{1,9})?)?(Z|[+-]\d{2}:?\d{2})?$/i;

const plausible = (ms: number): boolean => Number.isFinite(ms) && ms >= EARLIEST && ms <= Date.now() + 86_400_000;

const fromMs = (ms: number, zone: string): ParsedTime | undefined =>
  plausible(ms) ? { at: new Date(ms).toISOString(), zone } : undefined;

/** Epoch numbers: seconds, milliseconds, microseconds or nanoseconds, told apart by size. */
const fromEpoch = (n: number): ParsedTime | undefined => {
  const ms = n > 1e17 ? n / 1e6 : n > 1e14 ? n / 1e3 : n > 1e11 ? n : n * 1000;
  return fromMs(Math.round(ms), 'Z');
};

/** `HH:MM` offsets without the colon (`+0200`) read by Date.parse only once the colon is back. */
const normalOffset = (offset: string) => (offset.length === 5 ? `${offset.slice(0, 3)}:${offset.slice(3)}` : offset);

const fromIso = (text: string, assumedZone: string): ParsedTime | undefined => {
  const iso = text.replace(' ', 'T').replace(',', '.');
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
 * RFC 3164's `Mmm dd hh:mm:ss` has neither year nor zone: the year is the one that puts
 * the instant nearest `reference` (a log read in January may hold December's lines).
 */
export const parseBsdTimestamp = (text: string, reference: Date, assumedZone = 'UTC'): ParsedTime | undefined => {
  const match = BSD.exec(text);
  if (!match) return undefined;
  const [, month, day, time] = match;
  const year = reference.getUTCFullYear();
  const candidates = [year - 1, year, year + 1]
    .map((y) => DateTime.fromFormat(`${y} ${month} ${day} ${time}`, 'yyyy MMM d HH:mm:ss', { zone: assumedZone, locale: 'en' }))
    .filter((d) => d.isValid)
    .sort((a, b) => Math.abs(a.toMillis() - reference.getTime()) - Math.abs(b.toMillis() - reference.getTime()));
  return candidates[0] && fromMs(candidates[0].toMillis(), `${assumedZone} (assumed)`);
};
