import { generateHistory, writeHistory } from '@hindsight/demo-data';
import { InMemoryEventStore } from '@hindsight/event-store';
import fc from 'fast-check';
import { postmortemIdOf } from '../projection';
import { ProjectionRunner } from '../projection-runner';
import { openReadModels } from '../read-model-database';
import { ALL_PROJECTIONS } from '../read-models';
import { TREND_GROUPS, type TrendFilters, trends, trendsOf } from './trends';
import { TrendsIndex } from './trends-index';

const end = new Date('2026-11-01T00:00:00Z');

const filters = fc.record(
  {
    groupBy: fc.constantFrom(...TREND_GROUPS),
    from: fc.constantFrom('2025-09-01T00:00:00Z', '2026-06-15T12:00:00Z'),
    to: fc.constantFrom('2026-03-01T00:00:00Z', '2026-10-01T00:00:00Z'),
    severity: fc.constantFrom('SEV1' as const, 'SEV2' as const, 'SEV3' as const),
    team: fc.constantFrom('payments', 'platform', ''),
    teams: fc.constantFrom(['payments', 'search'], []),
    service: fc.constantFrom('checkout', 'payments-api', 'search-api'),
  },
  { requiredKeys: ['groupBy'] },
) as fc.Arbitrary<TrendFilters>;

describe('The trends index the API keeps in memory', () => {
  it('given it follows the runner batch by batch, when asked after any batch, then it answers exactly what the read model tables say then', async () => {
    const store = new InMemoryEventStore();
    await writeHistory(store, generateHistory({ end, incidents: 40 }));
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 40, max: 900 }), fc.array(filters, { minLength: 1, maxLength: 3 }), async (batchSize, asked) => {
        const db = openReadModels(':memory:');
        const runner = new ProjectionRunner(store, db, ALL_PROJECTIONS, { batchSize });
        const index = new TrendsIndex(db);
        let batches = 0;
        runner.onApplied((events) => {
          index.invalidate(events.flatMap((e) => postmortemIdOf(e.streamId) ?? []));
          for (const f of [asked[batches++ % asked.length], { groupBy: 'severity' as const }]) expect(trendsOf(index, f, end)).toEqual(trends(db, f, end));
        });
        await runner.catchUp();
        expect(batches).toBeGreaterThan(0);
      }),
      { numRuns: 12 },
    );
  });
});
