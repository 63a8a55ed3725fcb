import { z } from 'zod';

/** Building blocks of the response schemas: how instants, ids and enums read in an answer. */
export const instant = () => z.string().describe('an instant in UTC, ISO 8601 with milliseconds (2026-03-14T09:02:00.000Z)');
export const calendarDay = () => z.string().describe('a calendar date, YYYY-MM-DD');
export const position = () => z.string().describe('a global log position; opaque, for read-your-writes (?minPosition=)');
export const oneOf = <T extends string>(values: readonly T[]) => z.enum(values as unknown as readonly [T, ...T[]]);
/** The read models' nullable columns: a value, or null when not known. */
export const orNull = <T extends z.ZodType>(schema: T) => schema.nullable();

/** What every read of the read models says of the log: the position it reflects and how far behind that is. */
export const readPosition = {
  position: orNull(position()).describe('the log position this read reflects; null before the first event'),
  lag: z
    .object({
      events: z.number().int().min(0).describe('events in the log the read models have not applied yet, counted up to 10,000'),
      seconds: z.number().min(0).describe('how long the oldest of them has waited; 0 when there is none'),
      catchingUp: z.boolean().describe('the read models are still catching up with the log (after start, or resuming a lost subscription) rather than following it live'),
    })
    .describe('how far behind the log this read is, measured at most a second before it'),
};
