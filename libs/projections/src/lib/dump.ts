import type Database from 'better-sqlite3';
import { openReadModels } from './read-model-database';

/** Every row of every read-model table, in a stable order: what a rebuild must reproduce exactly. */
export const dumpReadModels = (db: Database.Database): Record<string, unknown[]> => {
  const tables = db
    .prepare<[], { name: string }>("SELECT name FROM sqlite_master WHERE type = 'table' AND name LIKE 'rm_%' AND name NOT LIKE 'rm_reports_search_%' ORDER BY name")
    .all();
  return Object.fromEntries(tables.map(({ name }) => [name, db.prepare(`SELECT * FROM ${name} ORDER BY 1, 2`).all()]));
};

/** The same, of a read models file: opened, dumped, closed. */
export const dumpReadModelsFile = (file: string): Record<string, unknown[]> => {
  const db = openReadModels(file);
  try {
    return dumpReadModels(db);
  } finally {
    db.close();
  }
};
