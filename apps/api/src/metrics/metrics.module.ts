import type { EventStore } from '@hindsight/event-store';
import { ProjectionRunner } from '@hindsight/projections';
import { Global, Inject, Module, type OnModuleInit } from '@nestjs/common';
import { EVENT_STORE } from '../postmortems/tokens';
import { Metrics } from './metrics';
import { MetricsController } from './metrics.controller';
import { measureProjectionLag } from './projection-lag';

/** Prometheus metrics: requests, appends, projection lag, the chain's verdict, live clients. */
@Global()
@Module({ controllers: [MetricsController], providers: [Metrics], exports: [Metrics] })
export class MetricsModule implements OnModuleInit {
  constructor(
    @Inject(Metrics) private readonly metrics: Metrics,
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(ProjectionRunner) private readonly runner: ProjectionRunner,
  ) {}

  onModuleInit(): void {
    measureProjectionLag(this.metrics, this.store, this.runner);
  }
}
