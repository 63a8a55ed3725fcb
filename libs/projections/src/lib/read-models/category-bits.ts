import { ALL_CAUSE_CATEGORIES } from '@hindsight/domain';
import type Database from 'better-sqlite3';
import { prepared } from './sql';

/**
 * Each cause category gets a bit, so an action item's categories fit in one integer and the
 * board can weigh them with a bitwise AND instead of reading a list per item. The domain's
 * categories have theirs from the start, in the domain's order, so the bits do not depend on the
 * order reports are applied in (a rebuild takes them report by report); any other category
 * gets the next bit as it first appears, and any past the 62nd shares bit 62, whose items the
 * board weighs by their list of categories instead (exact either way).
 */
export const OVERFLOW_BIT = 62;

export const migrateCategoryBits = (db: Database.Database): void => {
  db.exec('CREATE TABLE IF NOT EXISTS rm_category_bits (category TEXT PRIMARY KEY, bit INTEGER NOT NULL) STRICT');
  if (db.prepare('SELECT 1 FROM rm_category_bits LIMIT 1').get() !== undefined) return;
  const insert = db.prepare('INSERT INTO rm_category_bits (category, bit) VALUES (?, ?)');
  ALL_CAUSE_CATEGORIES.forEach((category, bit) => insert.run(category, bit));
};

export const bitOf = (db: Database.Database, category: string): number => {
  const known = prepared(db, 'SELECT bit FROM rm_category_bits WHERE category = ?').get(category) as { bit: number } | undefined;
  if (known) return known.bit;
  const { n } = prepared(db, 'SELECT count(*) AS n FROM rm_category_bits').get() as { n: number };
  const bit = Math.min(n, OVERFLOW_BIT);
  prepared(db, 'INSERT INTO rm_category_bits (category, bit) VALUES (?, ?)').run(category, bit);
  return bit;
};

/** The categories as one integer: bit b set when a category with bit b is among them. */
export const maskOf = (db: Database.Database, categories: readonly string[]): bigint =>
  categories.reduce((mask, category) => mask | (1n << BigInt(bitOf(db, category))), 0n);

/** Every known category's bit. */
export const categoryBits = (db: Database.Database): Map<string, number> =>
  new Map((prepared(db, 'SELECT category, bit FROM rm_category_bits').all() as { category: string; bit: number }[]).map((r) => [r.category, r.bit]));
