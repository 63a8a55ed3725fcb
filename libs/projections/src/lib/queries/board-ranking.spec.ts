import { generateHistory, writeHistory } from '@hindsight/demo-data';
import { EFFORT_DIVISOR, EFFORTS, FREQUENCIES, FREQUENCY_WEIGHT, prioritise, PRIORITY_BANDS, SCORE_SCALE, SEVERITIES, SEVERITY_WEIGHT } from '@hindsight/domain';
import { InMemoryEventStore } from '@hindsight/event-store';
import type Database from 'better-sqlite3';
import { ProjectionRunner } from '../projection-runner';
import { openReadModels } from '../read-model-database';
import { ALL_PROJECTIONS } from '../read-models';
import { migrateCategoryBits, OVERFLOW_BIT } from '../read-models/category-bits';
import { actionItemBoard, type BoardFilters, recurrences } from './action-items';
import { actionItemBoardPage } from './board-page';

const end = new Date('2026-11-01T00:00:00Z');

/** The demo history's read models; `crowded` first hands out every bit but the overflow one to categories no item has. */
const readModels = async (crowded: boolean): Promise<Database.Database> => {
  const store = new InMemoryEventStore();
  await writeHistory(store, generateHistory({ end }));
  const db = openReadModels(':memory:');
  if (crowded) {
    migrateCategoryBits(db);
    db.exec('DELETE FROM rm_category_bits');
    for (let bit = 0; bit < OVERFLOW_BIT; bit++) db.prepare('INSERT INTO rm_category_bits VALUES (?, ?)').run(`unused-${bit}`, bit);
  }
  await new ProjectionRunner(store, db, ALL_PROJECTIONS).catchUp();
  return db;
};

const everything = { limit: 10_000, offset: 0 };

/** The recurrence counts straight from the incidents and their causes: what the daily counts must add up to. */
const countedFromIncidents = (db: Database.Database, now: Date, teams?: string[]) =>
  new Map(
    (
      db
        .prepare(
          `SELECT c.category, count(DISTINCT c.report_id) AS n FROM rm_incident_causes c JOIN rm_incidents i ON i.report_id = c.report_id
           WHERE i.occurred_at >= @since AND i.occurred_at <= @until ${teams ? 'AND i.team IN (SELECT value FROM json_each(@teams))' : ''} GROUP BY c.category`,
        )
        .all({ since: new Date(now.getTime() - 90 * 86_400_000).toISOString(), until: now.toISOString(), teams: teams ? JSON.stringify(teams) : null }) as { category: string; n: number }[]
    ).map((r) => [r.category, r.n]),
  );

describe('The stored parts of a priority', () => {
  it('multiply to exactly the score the domain rounds to, for every severity, effort and frequency used', () => {
    for (const severity of SEVERITIES)
      for (const effort of EFFORTS)
        for (const frequency of FREQUENCIES) {
          const stored = (SEVERITY_WEIGHT[severity] * SCORE_SCALE) / EFFORT_DIVISOR[effort];
          expect(stored * FREQUENCY_WEIGHT[frequency]).toBe(prioritise({ severity, effort, frequency, recurrences: 0 }).score);
        }
  });
});

describe('Recurrence counts from the daily counts', () => {
  let db: Database.Database;
  beforeAll(async () => (db = await readModels(false)), 60_000);

  it.each([
    ['at midnight', '2026-11-01T00:00:00.000Z', undefined],
    ['in the middle of a day', '2026-10-17T13:37:21.512Z', undefined],
    ['for one team', '2026-09-30T23:59:59.999Z', ['payments']],
    ['long ago', '2025-08-02T06:00:00.000Z', ['payments', 'identity']],
  ])('add up to what the incidents say, %s', (_when, at, teams) => {
    const now = new Date(at);
    const expected = countedFromIncidents(db, now, teams);
    expect([...expected.values()].reduce((a, b) => a + b, 0)).toBeGreaterThan(0);
    expect(recurrences(db, now, teams)).toEqual(expected);
  });
});

describe.each([
  ['each category with a bit of its own', false],
  ['every category past the 62nd, weighed from its list', true],
])('The board ranked in SQL, %s', (_name, crowded) => {
  let db: Database.Database;
  beforeAll(async () => (db = await readModels(crowded)), 60_000);

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
