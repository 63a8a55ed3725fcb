import { type Step, generateHistory, writeHistory } from '@hindsight/demo-data';
import { firstSignalOf, fold, type Postmortem, type PostmortemEvent } from '@hindsight/domain';
import { InMemoryEventStore } from '@hindsight/event-store';
import { ProjectionRunner } from '../projection-runner';
import { openReadModels } from '../read-model-database';
import { ALL_PROJECTIONS } from '../read-models';
import { actionItemBoard } from './action-items';
import { actionItemBoardPage } from './board-page';
import { reportCauses, reportCommunications, reportTimeline } from './report-sections';
import { listReports } from './reports';
import { percentile } from './statistics';
import { TREND_GROUPS, type TrendFilters, type TrendGroup, trends } from './trends';

const end = new Date('2026-11-01T00:00:00Z');

const project = async (steps: Step[]) => {
  const store = new InMemoryEventStore();
  await writeHistory(store, steps);
  const db = openReadModels(':memory:');
  await new ProjectionRunner(store, db, ALL_PROJECTIONS).catchUp();
  return { store, db };
};

/** The reports folded straight from their events, bypassing every read model. */
const foldAll = async (store: InMemoryEventStore): Promise<Postmortem[]> => {
  const byStream = new Map<string, PostmortemEvent[]>();
  for (const e of await store.readAll()) byStream.set(e.streamId, [...(byStream.get(e.streamId) ?? []), e as unknown as PostmortemEvent]);
  return [...byStream.values()].map((events) => fold(events) as Postmortem);
};

const minutes = (from?: string, to?: string) => (from && to ? Math.round((Date.parse(to) - Date.parse(from)) / 60_000) : undefined);

describe('Trends over the demo history', () => {
  const keysOf: Record<TrendGroup, (r: Postmortem) => string[]> = {
    team: (r) => [r.facts.team],
    service: (r) => [...new Set(r.facts.services)],
    severity: (r) => [r.facts.severity],
    month: (r) => [r.facts.occurredAt.slice(0, 7)],
    detection: (r) => [r.facts.detectionMethod ?? 'unknown'],
  };

  /** Filters taken from the history itself (its first report's team and service), with the rule each stands for. */
  type Filters = Omit<TrendFilters, 'groupBy'>;
  const cases: [TrendGroup, (first: Postmortem) => Filters][] = [
    ...TREND_GROUPS.map((groupBy): [TrendGroup, () => Filters] => [groupBy, () => ({})]),
    ['service', (first) => ({ team: first.facts.team, from: '2026-01-01T00:00:00Z' })],
    ['month', (first) => ({ service: first.facts.services[0], severity: 'SEV2', to: '2026-09-01T00:00:00Z' })],
  ];
  const kept = (r: Postmortem, f: Filters) =>
    (f.team === undefined || r.facts.team === f.team) &&
    (f.service === undefined || r.facts.services.includes(f.service)) &&
    (f.severity === undefined || r.facts.severity === f.severity) &&
    (f.from === undefined || r.facts.occurredAt >= f.from) &&
    (f.to === undefined || r.facts.occurredAt < f.to);

  it.each(cases)('match counts, MTTD, MTTR, causes and action items recomputed from the events, by %s (filters: case %#)', async (groupBy, filtersOf) => {
    const { store, db } = await project(generateHistory({ end }));
    const all = await foldAll(store);
    const filters = filtersOf(all[0]);
    const reports = all.filter((r) => kept(r, filters));
    const groups = trends(db, { groupBy, ...filters }, end);
    expect(groups.length).toBeGreaterThan(0);
    expect(groups.map((t) => t.key)).toEqual([...new Set(reports.flatMap(keysOf[groupBy]))].sort());
    const today = end.toISOString().slice(0, 10);
    for (const group of groups) {
      const mine = reports.filter((r) => keysOf[groupBy](r).includes(group.key));
      const ttd = mine.map((r) => minutes(r.facts.occurredAt, r.facts.detectedAt)).filter((v): v is number => v !== undefined);
      const ttr = mine.map((r) => minutes(r.facts.occurredAt, r.facts.resolvedAt)).filter((v): v is number => v !== undefined);
      expect(group.incidents).toBe(mine.length);
      expect(group.bySeverity).toEqual(Object.fromEntries(['SEV1', 'SEV2', 'SEV3', 'SEV4'].map((s) => [s, mine.filter((r) => r.facts.severity === s).length])));
      expect(group.timeToDetectMinutes).toEqual({ count: ttd.length, median: percentile(ttd, 50) ?? null, p90: percentile(ttd, 90) ?? null });
      expect(group.timeToResolveMinutes).toEqual({ count: ttr.length, median: percentile(ttr, 50) ?? null, p90: percentile(ttr, 90) ?? null });
      const std = mine.map((r) => minutes(firstSignalOf(r)?.at, r.facts.detectedAt)).filter((v): v is number => v !== undefined);
      if (groupBy === 'severity') expect(std.length).toBeGreaterThan(0);
      expect(group.signalToDetectMinutes).toEqual({ count: std.length, median: percentile(std, 50) ?? null, p90: percentile(std, 90) ?? null });
      const counts = new Map<string, number>();
      for (const r of mine) for (const c of new Set(r.causes.map((x) => x.category))) counts.set(c, (counts.get(c) ?? 0) + 1);
      expect(group.causeCategories).toEqual(
        [...counts.entries()]
          .map(([category, incidents]) => ({ category, incidents, recurring: incidents >= 2 }))
          .sort((a, b) => b.incidents - a.incidents || a.category.localeCompare(b.category)),
      );
      const items = mine.flatMap((r) => r.actionItems);
      const completed = items.filter((i) => i.status === 'done').length;
      expect(group.actionItems).toEqual({
        created: items.length,
        completed,
        overdue: items.filter((i) => (i.status === 'open' || i.status === 'in_progress') && i.dueDate !== undefined && i.dueDate < today).length,
        completionRate: items.length === 0 ? null : Math.round((completed / items.length) * 1000) / 1000,
      });
    }
  });

  it('group by month, filter by severity and date range', async () => {
    const { db } = await project(generateHistory({ end, incidents: 80 }));
    const all = trends(db, { groupBy: 'month' }, end);
    expect(all.length).toBeGreaterThanOrEqual(15);
    expect(all.map((m) => m.key)).toEqual([...all.map((m) => m.key)].sort());
    const sev1 = trends(db, { groupBy: 'severity', severity: 'SEV1' }, end);
    expect(sev1.map((g) => g.key)).toEqual(sev1.length ? ['SEV1'] : []);
    const lastQuarter = trends(db, { groupBy: 'team', from: '2026-08-01T00:00:00Z', to: '2026-11-01T00:00:00Z' }, end);
    const total = lastQuarter.reduce((sum, g) => sum + g.incidents, 0);
    expect(total).toBe(listReports(db, { limit: 1000, offset: 0 }).items.filter((r) => r.occurredAt >= '2026-08-01').length);
  });

  it('show the surge of configuration errors as recurring in the last quarter', async () => {
    const { db } = await project(generateHistory({ end }));
    const [recent] = trends(db, { groupBy: 'severity', from: '2026-08-03T00:00:00Z' }, end).slice(-1);
    expect(recent.causeCategories.find((c) => c.category === 'configuration_error')?.recurring).toBe(true);
  });
});

describe('The action-item board', () => {
  const incident = (id: string, occurredAt: string, withItem: boolean): Step[] => {
    const at = occurredAt;
    const steps: Step[] = [
      { postmortemId: id, actor: 'ed', at, command: { type: 'DraftPostmortem', data: { postmortemId: id, facts: { title: id, severity: 'SEV3', services: ['s'], team: 'payments', occurredAt, customerImpact: '', summary: '' } } } },
      { postmortemId: id, actor: 'ed', at, command: { type: 'IdentifyCause', data: { id: `${id}-c`, level: 'causal_factor', category: 'configuration_error', description: 'typo', evidenceIds: [], timelineEntryIds: [] } } },
    ];
    if (withItem) {
      steps.push({
        postmortemId: id,
        actor: 'ed',
        at,
        command: { type: 'ProposeActionItem', data: { id: `${id}-ai`, title: 'Validate config', description: 'd', successCriteria: 's', type: 'prevent', dueDate: '2026-10-01', owner: { kind: 'team', name: 'payments' }, causeIds: [`${id}-c`], priority: { frequency: 'rare', effort: 'large' } } },
      });
    }
    return steps;
  };

  it('given a cause category starts recurring, then the band of the items addressing it rises', async () => {
    const first = incident('first', '2026-10-20T10:00:00Z', true);
    const before = actionItemBoard((await project(first)).db, {}, end);
    expect(before.map((i) => [i.priority.band, i.priority.factors.frequency.recurrences])).toEqual([['P3', 1]]);

    const recurring = [...first, ...incident('second', '2026-10-22T10:00:00Z', false), ...incident('third', '2026-10-25T10:00:00Z', false), ...incident('fourth', '2026-10-28T10:00:00Z', false)];
    const after = actionItemBoard((await project(recurring)).db, {}, end);
    expect(after.map((i) => [i.priority.band, i.priority.factors.frequency.recurrences, i.priority.factors.frequency.used])).toEqual([['P2', 4, 'frequent']]);
  });

  it('marks items overdue when their due date passed and they are not done, and lists open ones first, by priority', async () => {
    const { db } = await project(generateHistory({ end }));
    const board = actionItemBoard(db, {}, end);
    expect(board.length).toBeGreaterThan(300);
    for (const item of board) expect(item.overdue).toBe((item.status === 'open' || item.status === 'in_progress') && (item.dueDate ?? '9999') < '2026-11-01');
    expect(board.some((i) => i.overdue)).toBe(true);
    const open = (i: (typeof board)[number]) => i.status === 'open' || i.status === 'in_progress';
    const firstClosed = board.findIndex((i) => !open(i));
    expect(board.slice(firstClosed).every((i) => !open(i))).toBe(true);
    for (const group of [board.slice(0, firstClosed), board.slice(firstClosed)]) expect(group.map((i) => i.priority.score)).toEqual([...group.map((i) => i.priority.score)].sort((a, b) => b - a));
    expect(actionItemBoard(db, { overdue: true }, end).every((i) => i.overdue)).toBe(true);
    expect(actionItemBoard(db, { band: 'P0' }, end).every((i) => i.priority.band === 'P0')).toBe(true);
  });
});

describe('The action-item board, a page at a time', () => {
  let db: Awaited<ReturnType<typeof project>>['db'];
  beforeAll(async () => ({ db } = await project(generateHistory({ end }))));

  it('given pages, then they are the whole board in its order, with the totals of all of it', () => {
    const all = actionItemBoard(db, {}, end);
    const pages = [0, 50, 100].map((offset) => actionItemBoardPage(db, {}, { limit: 50, offset }, end));
    expect(pages.flatMap((p) => p.items).map((i) => i.id)).toEqual(all.slice(0, 150).map((i) => i.id));
    expect(pages[0].total).toBe(all.length);
    expect(pages[0].overdue).toBe(all.filter((i) => i.overdue).length);
  });

  it.each([
    ['due', (i: { dueDate: string | null }) => i.dueDate ?? '9999'],
    ['report', (i: { reportTitle: string }) => i.reportTitle],
    ['owner', (i: { owner: { name: string } | null }) => i.owner?.name ?? ''],
  ] as const)('sorts by %s, both ways', (sort, key) => {
    const asc = actionItemBoardPage(db, {}, { sort, limit: 200, offset: 0 }, end).items.map(key as (i: unknown) => string);
    const desc = actionItemBoardPage(db, {}, { sort, order: 'desc', limit: 200, offset: 0 }, end).items.map(key as (i: unknown) => string);
    expect(asc).toEqual([...asc].sort((a, b) => a.localeCompare(b)));
    expect(desc).toEqual([...desc].sort((a, b) => b.localeCompare(a)));
  });

  it('matches owners and teams by any part of the name, whatever its case', () => {
    const team = actionItemBoard(db, {}, end)[0].team;
    const part = team.slice(1, 5).toUpperCase();
    const found = actionItemBoard(db, { team: part }, end);
    expect(found.length).toBeGreaterThan(0);
    expect(found.every((i) => i.team.toUpperCase().includes(part))).toBe(true);
    expect(actionItemBoard(db, { owner: '%' }, end)).toEqual([]);
  });
});

describe('The report list', () => {
  let db: Awaited<ReturnType<typeof project>>['db'];
  beforeAll(async () => ({ db } = await project(generateHistory({ end }))));

  it('matches services and teams by any part, whatever the case', () => {
    const { items } = listReports(db, { service: 'ORE', limit: 100, offset: 0 });
    expect(items.length).toBeGreaterThan(0);
    expect(items.every((r) => r.services.some((s) => s.toUpperCase().includes('ORE')))).toBe(true);
  });

  it('given a team filter matching one team, several or none, then its pages are exactly the matching reports in the unfiltered order', () => {
    const all = listReports(db, { limit: 10_000, offset: 0 }).items;
    const teams = [...new Set(all.map((r) => r.team))];
    const filters = [...teams.map((t) => t.slice(1, 5).toUpperCase()), teams[0], 'a', 'no-such-team'];
    for (const team of filters) {
      const expected = all.filter((r) => r.team.toLowerCase().includes(team.toLowerCase())).map((r) => r.id);
      const pages = [0, 25, 50].flatMap((offset) => listReports(db, { team, limit: 25, offset }).items.map((r) => r.id));
      expect(listReports(db, { team, limit: 1, offset: 0 }).total).toBe(expected.length);
      expect(pages).toEqual(expected.slice(0, 75));
    }
  });

  it('given a report moves to another team, when the list is filtered by either team, then it is found under its new team only', async () => {
    const facts = { title: 'Moved', severity: 'SEV3' as const, services: ['s'], team: 'search', occurredAt: '2026-10-01T10:00:00Z', customerImpact: '', summary: '' };
    const moved = await project([
      { postmortemId: 'moved', actor: 'ed', at: '2026-10-01T11:00:00Z', command: { type: 'DraftPostmortem', data: { postmortemId: 'moved', facts } } },
      { postmortemId: 'moved', actor: 'ed', at: '2026-10-01T12:00:00Z', command: { type: 'ReviseIncidentFacts', data: { changes: { team: 'identity' } } } },
    ]);
    expect(listReports(moved.db, { team: 'search', limit: 10, offset: 0 }).total).toBe(0);
    expect(listReports(moved.db, { team: 'identity', limit: 10, offset: 0 }).items.map((r) => r.id)).toEqual(['moved']);
  });

  it.each(['title', 'team', 'severity', 'status'] as const)('sorts by %s, both ways', (sort) => {
    const asc = listReports(db, { sort, limit: 100, offset: 0 }).items.map((r) => String(r[sort]).toLowerCase());
    const desc = listReports(db, { sort, order: 'desc', limit: 100, offset: 0 }).items.map((r) => String(r[sort]).toLowerCase());
    expect(asc).toEqual([...asc].sort());
    expect(desc).toEqual([...desc].sort().reverse());
  });
});

describe('Report sections', () => {
  it('give the seed incident its timeline with durations, causes by level, and pending communications', async () => {
    const { db } = await project(generateHistory({ end, incidents: 5 }));
    const seed = listReports(db, { q: 'spring sale', limit: 1, offset: 0 }).items[0];
    const timeline = reportTimeline(db, seed.id);
    expect(timeline.durations).toEqual({ timeToDetectMinutes: 17, timeToMitigateMinutes: 63, timeToResolveMinutes: 158 });
    expect(timeline.entries[0].kind).toBe('deploy');
    expect(timeline.entries[1].minutesSincePrevious).toBe(17);
    const causes = reportCauses(db, seed.id);
    expect(causes['causal_factor'].map((c: { category: string }) => c.category)).toEqual(['faulty_deployment', 'software_bug']);
    expect(causes['contributing_cause'][0].evidence[0].title).toBe('Checkout p99 latency');
    const comms = reportCommunications(db, seed.id);
    expect(comms.communications.map((c) => c.status)).toEqual(['sent', 'sent', 'sent']);
    expect(comms.pending).toEqual([]);
    const board = actionItemBoard(db, { reportId: seed.id }, end);
    expect(board[0].title).toBe('Optimise the order-history query');
    expect(board[0].priority.band).toBe('P0');
  });
});
