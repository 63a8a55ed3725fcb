/**
 * Builds a WHERE clause from named conditions, keeping those whose value is given.
 * Values are always bound as parameters, never spliced into the SQL.
 */
export const where = (conditions: Record<string, [sql: string, value: unknown]>): { sql: string; params: Record<string, unknown> } => {
  const active = Object.entries(conditions).filter(([, [, value]]) => value !== undefined && value !== '');
  return {
    sql: active.length ? `WHERE ${active.map(([, [sql]]) => sql).join(' AND ')}` : '',
    params: Object.fromEntries(active.map(([name, [, value]]) => [name, value])),
  };
};

const literally = (text: string) => text.replace(/[\\%_]/g, (c) => `\\${c}`);

/** A LIKE pattern for exactly `text`, whatever its case. */
export const whole = (text: string | undefined) => (text === undefined || text === '' ? undefined : literally(text));

/** A LIKE pattern for `text` anywhere in a column, whatever its case (SQLite's LIKE folds ASCII case); % and _ taken literally (ESCAPE '\\'). */
export const containing = (text: string | undefined) => (text === undefined || text === '' ? undefined : `%${literally(text)}%`);
