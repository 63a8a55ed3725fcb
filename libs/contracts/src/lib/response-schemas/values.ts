import { z } from 'zod';

/** Building blocks of the response schemas: how instants, ids and enums read in an answer. */
export const instant = () => z.string().describe('an instant in UTC, ISO 8601 with milliseconds (2026-03-14T09:02:00.000Z)');
export const calendarDay = () => z.string().describe('a calendar date, YYYY-MM-DD');
export const position = () => z.string().describe('a global log position; opaque, for read-your-writes (?minPosition=)');
export const oneOf = <T extends string>(values: readonly T[]) => z.enum(values as unknown as readonly [T, ...T[]]);
/** The read models' nullable columns: a value, or null when not known. */
export const orNull = <T extends z.ZodType>(schema: T) => schema.nullable();
