import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';

/**
 * Everything Hindsight reports to Prometheus, in one registry per application so that two
 * apps in one process (tests) never share counters.
 */
export class Metrics {
  readonly registry = new Registry();

  readonly requests = new Counter({
    name: 'hindsight_http_requests_total',
    help: 'HTTP requests answered, by method, route pattern and status',
    labelNames: ['method', 'route', 'status'] as const,
    registers: [this.registry],
  });

  readonly requestDuration = new Histogram({
    name: 'hindsight_http_request_duration_seconds',
    help: 'Latency of HTTP requests, by method, route pattern and status',
    labelNames: ['method', 'route', 'status'] as const,
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5],
    registers: [this.registry],
  });

  readonly eventsAppended = new Counter({
    name: 'hindsight_events_appended_total',
    help: 'Events appended to the event store by commands, by event type',
    labelNames: ['type'] as const,
    registers: [this.registry],
  });

  readonly liveClients = new Gauge({
    name: 'hindsight_sse_clients',
    help: 'Open live-update streams (GET /api/events)',
    registers: [this.registry],
  });

  readonly chainVerified = new Gauge({
    name: 'hindsight_chain_verified',
    help: 'Verdict of the last hash-chain verification of the whole store: 1 valid, 0 broken',
    registers: [this.registry],
  });

  readonly chainVerifiedAt = new Gauge({
    name: 'hindsight_chain_verified_timestamp_seconds',
    help: 'When the whole store was last verified (Unix time)',
    registers: [this.registry],
  });

  constructor() {
    collectDefaultMetrics({ register: this.registry, prefix: 'hindsight_' });
  }

  /** A gauge worked out at every scrape. */
  gaugeOnScrape(name: string, help: string, read: () => Promise<number>): void {
    new Gauge({
      name,
      help,
      registers: [this.registry],
      async collect() {
        this.set(await read());
      },
    });
  }
}
