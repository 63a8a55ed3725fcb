import type { TrendGroup } from '@hindsight/contracts';
import fc from 'fast-check';
import { clipOutliers, detectAndResolve, everyMonth, resolveTimes } from './trends-data';

const month = (key: string, incidents: number, mttrMinutes: number | null = 120): TrendGroup => ({
  key,
  incidents,
  bySeverity: { SEV2: incidents },
  timeToDetectMinutes: { count: incidents, median: 20, p90: 40 },
  timeToResolveMinutes: { count: incidents, median: mttrMinutes, p90: mttrMinutes },
  timeToPublishMinutes: { count: 0, median: null, p90: null },
  signalToDetectMinutes: { count: 0, median: null, p90: null },
  causeCategories: [],
  actionItems: { created: 0, completed: 0, overdue: 0, completionRate: null },
});

describe('Trends an analyst trusts', () => {
  it('given months without incidents, draws them as zero', () => {
    const { months } = everyMonth([month('2026-01', 3), month('2026-04', 1)]);
    expect(months.map((m) => [m.key, m.incidents])).toEqual([
      ['2026-01', 3],
      ['2026-02', 0],
      ['2026-03', 0],
      ['2026-04', 1],
    ]);
  });

  it('given a chosen range, draws every month of it', () => {
    const { months } = everyMonth([month('2026-03', 2)], { from: '2026-01-01T00:00:00Z', to: '2026-05-01T00:00:00Z' });
    expect(months.map((m) => m.key)).toEqual(['2026-01', '2026-02', '2026-03', '2026-04', '2026-05']);
  });

  it('given one report dated in the year 0000 and one absurd duration, the axes stay those of the real months, and both are said', () => {
    const groups = [month('0000-01', 1, 1_000_000_000), month('2026-01', 4, 90), month('2026-02', 2, 240), month('2026-03', 5, 60), month('2026-04', 3, 1_080_000_000)];
    const { months, leftOut } = everyMonth(groups);
    expect(months.map((m) => m.key)).toEqual(['2026-01', '2026-02', '2026-03', '2026-04']);
    expect(leftOut.map((m) => m.key)).toEqual(['0000-01']);
    const { drawn, cap, clipped } = clipOutliers(detectAndResolve(months), ['MTTR median (h)', 'MTTR p90 (h)']);
    expect(cap).toBeLessThan(100);
    expect(Math.max(...drawn.map((r) => r['MTTR p90 (h)'] ?? 0))).toBe(cap);
    expect(clipped.map((c) => [c.row.month, c.key])).toEqual([
      ['2026-04', 'MTTR median (h)'],
      ['2026-04', 'MTTR p90 (h)'],
    ]);
  });

  it('never clips a value that is not far out, and never draws above the cap (any data)', () =>
    fc.assert(
      fc.property(fc.array(fc.option(fc.integer({ min: 0, max: 1_000_000 }), { nil: null }), { minLength: 1, maxLength: 40 }), (values) => {
        const rows = values.map((v, i) => ({ month: String(i), v }));
        const { drawn, cap, clipped } = clipOutliers(rows, ['v']);
        drawn.forEach((row, i) => expect(row.v).toBe(values[i] === null ? null : Math.min(values[i] as number, cap)));
        expect(clipped.every((c) => c.value > cap)).toBe(true);
      }),
    ));

  it('ranks services by their median time to resolve, slowest first', () =>
    expect(resolveTimes([month('search', 2, 60), month('checkout', 3, 240), month('ads', 1, null)]).map((r) => r.key)).toEqual(['checkout', 'search']));
});
