import { z } from 'zod';
import { line, prose, visibleLine } from './text';

export { calendarDate, instant, plannedInstant, queryInstant } from './instants';

/** Building blocks shared by every request schema: bounded, trimmed, explicit. */

export const LIMITS = {
  name: 200,
  text: 10_000,
  url: 2_048,
  list: 100,
} as const;

export const requiredText = (max: number = LIMITS.text) => prose().min(1, 'must not be empty').max(max);
export const optionalText = (max: number = LIMITS.text) => prose().max(max);
/** Titles and names: one line, with something visible in it. */
export const name = () => visibleLine().min(1, 'must not be empty').max(LIMITS.name);
/** What a list is searched or filtered for: one line, possibly empty. */
export const searchText = () => line().max(LIMITS.name);

/** Ids of entities inside a report: what the API handed out. */
export const entityId = () =>
  z.string().regex(/^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$/, 'must be an id of 1–64 letters, digits, "-" or "_"');

export const entityIds = () =>
  z
    .array(entityId())
    .max(LIMITS.list)
    .refine((ids) => new Set(ids).size === ids.length, 'must not repeat an id');

/** A regulatory regime's id, or one of its stages': the name of its file on the server. */
export const regimeId = () => z.string().regex(/^[a-z0-9][a-z0-9-]{0,62}$/, 'must be a regime id: lower case letters, digits and dashes');

export const webUrl = () =>
  z.url({ protocol: /^https?$/, error: 'must be an http(s) URL' }).max(LIMITS.url);

export const oneOf = <T extends readonly [string, ...string[]]>(values: T) =>
  z.enum(values, { error: `must be one of ${values.join(', ')}` });

/** A revision body: every field optional, at least one present. */
export const changes = <Shape extends z.ZodRawShape>(shape: Shape) =>
  z
    .strictObject(shape)
    .partial()
    .refine((value) => Object.values(value).some((v) => v !== undefined), 'must change at least one field');
