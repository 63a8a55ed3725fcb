import type { z } from 'zod';
import { ApiError } from './api-client';
import { inPlainWords } from './plain-words';

export type FieldErrors = Record<string, string>;

/** The form field an issue belongs to: its full path if the form has it, else the nearest parent. */
const fieldFor = (path: readonly PropertyKey[], fields: readonly string[]): string => {
  for (let n = path.length; n > 0; n--) {
    const candidate = path.slice(0, n).map(String).join('.');
    if (fields.includes(candidate)) return candidate;
  }
  return path.length ? String(path[0]) : 'form';
};

const fieldsOf = (values: object, prefix = ''): string[] =>
  Object.entries(values).flatMap(([key, value]) =>
    value && typeof value === 'object' && !Array.isArray(value) ? [`${prefix}${key}`, ...fieldsOf(value as object, `${prefix}${key}.`)] : [`${prefix}${key}`],
  );

/**
 * Validates a form with the very schema the API validates the command with (from
 * `@hindsight/contracts`): `toBody` turns the form's values into the command body first.
 */
export const validateBy =
  <Values extends object>(schema: z.ZodType, toBody: (values: Values) => unknown) =>
  (values: Values): FieldErrors => {
    const result = schema.safeParse(toBody(values));
    if (result.success) return {};
    const fields = fieldsOf(values);
    const errors: FieldErrors = {};
    for (const issue of result.error.issues) errors[fieldFor(issue.path, fields)] ??= inPlainWords(issue.message);
    return errors;
  };

/** The server's 400 answer as field errors, to show next to the fields; undefined for any other error. */
export const serverFieldErrors = (error: unknown, values: object): FieldErrors | undefined => {
  if (!(error instanceof ApiError) || error.problem.status !== 400 || !error.problem.errors) return undefined;
  const fields = fieldsOf(values);
  return Object.fromEntries(error.problem.errors.map((e) => [fieldFor(e.field.split('.'), fields), inPlainWords(e.reason)]));
};

/** Optional text: an empty field means "not given". */
export const optional = (value: string): string | undefined => (value.trim() === '' ? undefined : value);

/** A comma-separated field as a list. */
export const list = (value: string): string[] =>
  value
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);

/** Only the fields that differ from what the report had: a revision sends just its changes. */
export const changedFields = <T extends Record<string, unknown>>(next: T, previous: Record<string, unknown>): Partial<T> =>
  Object.fromEntries(Object.entries(next).filter(([key, value]) => JSON.stringify(value) !== JSON.stringify(previous[key]))) as Partial<T>;

/** A failed upload in words for a dialog: each field error (the body's without a name), else the problem's detail. */
export const uploadErrorText = (error: Error): string => {
  if (!(error instanceof ApiError)) return error.message;
  const fields = error.problem.errors?.map((e) => (e.field === '(body)' ? inPlainWords(e.reason) : `${e.field}: ${inPlainWords(e.reason)}`));
  return fields?.join('; ') ?? error.problem.detail;
};
