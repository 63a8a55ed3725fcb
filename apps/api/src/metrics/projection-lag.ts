import type { ProjectionRunner } from '@hindsight/projections';
import type { Metrics } from './metrics';

/** Lag is counted up to this many events; beyond, the gauge says "at least this". */
export const LAG_COUNT_LIMIT = 10_000;

/** How far the read models are behind the log, whether they follow it live, and how often they had to resume; read at each scrape. */
export const measureProjections = (metrics: Metrics, runner: ProjectionRunner): void => {
  metrics.gaugeOnScrape(
    'hindsight_projection_lag_events',
    `Events in the log that the read models have not applied yet (counted up to ${LAG_COUNT_LIMIT})`,
    async () => (await runner.lag(LAG_COUNT_LIMIT)).events,
  );
  metrics.gaugeOnScrape('hindsight_projection_lag_seconds', 'How long the oldest event not yet in the read models has waited', async () => (await runner.lag(1)).seconds);
  metrics.gaugeOnScrape('hindsight_projection_following', '1 while the read models follow the log live, 0 while catching up or resuming', async () => Number(runner.following));
  metrics.gaugeOnScrape('hindsight_projection_resumes', 'Times a lost event-store subscription was resumed since start', async () => runner.resumes);
};
