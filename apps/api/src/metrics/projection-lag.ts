import type { EventStore } from '@hindsight/event-store';
import type { ProjectionRunner } from '@hindsight/projections';
import type { Metrics } from './metrics';

/** Lag is counted up to this many events; beyond, the gauge says "at least this". */
export const LAG_COUNT_LIMIT = 10_000;

/** How far the read models are behind the log, in events, read at each scrape. */
export const measureProjectionLag = (metrics: Metrics, store: EventStore, runner: ProjectionRunner): void =>
  metrics.gaugeOnScrape(
    'hindsight_projection_lag_events',
    `Events in the log that the read models have not applied yet (counted up to ${LAG_COUNT_LIMIT})`,
    async () => (await store.readAll({ after: runner.position, limit: LAG_COUNT_LIMIT })).length,
  );
