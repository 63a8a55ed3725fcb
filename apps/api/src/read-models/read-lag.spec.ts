import { generateHistory, writeHistory } from '@hindsight/demo-data';
import { InMemoryEventStore } from '@hindsight/event-store';
import { ALL_PROJECTIONS, openReadModels, ProjectionRunner } from '@hindsight/projections';
import { ReadLagGauge } from './read-lag';

describe('How far behind the log a read says it is', () => {
  it('given a log the read models have not applied, when read before and after they catch up, then the lag counts the events left and whether they follow live', async () => {
    const store = new InMemoryEventStore();
    const events = await writeHistory(store, generateHistory({ end: new Date('2026-11-01T00:00:00Z'), incidents: 5 }));
    const runner = new ProjectionRunner(store, openReadModels(':memory:'), ALL_PROJECTIONS);

    const before = await new ReadLagGauge(runner).current();
    expect(before).toEqual({ events, seconds: expect.any(Number), catchingUp: true });
    expect(before.seconds).toBeGreaterThan(0);

    await runner.start();
    expect(await new ReadLagGauge(runner).current()).toEqual({ events: 0, seconds: 0, catchingUp: false });
    await runner.stop();
  });
});
