import { generateHistory, writeHistory } from '@hindsight/demo-data';
import { PRIORITY_BANDS } from '@hindsight/domain';
import { InMemoryEventStore } from '@hindsight/event-store';
import type Database from 'better-sqlite3';
import { ProjectionRunner } from '../projection-runner';
import { openReadModels } from '../read-model-database';
import { ALL_PROJECTIONS } from '../read-models';
import { migrateCategoryBits, OVERFLOW_BIT } from '../read-models/category-bits';
import { actionItemBoard, actionItemBoardPage, type BoardFilters } from './action-items';

const end = new Date('2026-11-01T00:00:00Z');

/** The demo history's read models; `crowded` first hands out every bit but the overflow one to categories no item has. */
const readModels = async (crowded: boolean): Promise<Database.Database> => {
  const store = new InMemoryEventStore();
  await writeHistory(store, generateHistory({ end }));
  const db = openReadModels(':memory:');
  if (crowded) {
    migrateCategoryBits(db);
    for (let bit = 0; bit < OVERFLOW_BIT; bit++) db.prepare('INSERT INTO rm_category_bits VALUES (?, ?)').run(`unused-${bit}`, bit);
  }
  await new ProjectionRunner(store, db, ALL_PROJECTIONS).catchUp();
  return db;
};

const everything = { limit: 10_000, offset: 0 };

describe.each([
  ['each category with a bit of its own', false],
  ['every category past the 62nd, weighed from its list', true],
])('The board ranked in SQL, %s', (_name, crowded) => {
  let db: Database.Database;
  beforeAll(async () => (db = await readModels(crowded)));

  const filters: [string, BoardFilters][] = [
    ['no filter', {}],
    ...PRIORITY_BANDS.map((band): [string, BoardFilters] => [`band ${band}`, { band }]),
    ['overdue', { overdue: true }],
    ['not overdue', { overdue: false }],
    ['one team read', { teams: ['payments'] }],
    ['one team read, overdue', { teams: ['payments'], overdue: true }],
  ];

  it.each(filters)('given %s, ranks and scores exactly as the domain’s prioritise does', (_filter, f) => {
    const expected = actionItemBoard(db, f, end);
    const page = actionItemBoardPage(db, f, everything, end);
    expect(expected.length).toBeGreaterThan(0);
    expect(page.items.map((i) => [i.id, i.priority.score, i.priority.band])).toEqual(expected.map((i) => [i.id, i.priority.score, i.priority.band]));
    expect(page.total).toBe(expected.length);
    expect(page.overdue).toBe(expected.filter((i) => i.overdue).length);
  });

  it('turns the priority order round when asked descending', () => {
    const ascending = actionItemBoardPage(db, {}, everything, end).items.map((i) => i.id);
    const descending = actionItemBoardPage(db, {}, { ...everything, sort: 'priority', order: 'desc' }, end).items.map((i) => i.id);
    expect(ascending.length).toBeGreaterThan(50);
    // Ties keep the item-id order both ways; the rest is the same list backwards.
    expect(new Set(descending)).toEqual(new Set(ascending));
    const first = actionItemBoardPage(db, {}, { ...everything, order: 'desc' }, end).items[0];
    expect(first.status === 'done' || first.status === 'wont_do').toBe(true);
  });
});
