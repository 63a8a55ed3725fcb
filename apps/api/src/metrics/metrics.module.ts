import { ProjectionRunner } from '@hindsight/projections';
import { Global, Inject, Module, type OnModuleInit } from '@nestjs/common';
import { Metrics } from './metrics';
import { MetricsController } from './metrics.controller';
import { measureProjections } from './projection-lag';

/** Prometheus metrics: requests, appends, projection lag, the chain's verdict, live clients. */
@Global()
@Module({ controllers: [MetricsController], providers: [Metrics], exports: [Metrics] })
export class MetricsModule implements OnModuleInit {
  constructor(
    @Inject(Metrics) private readonly metrics: Metrics,
    @Inject(ProjectionRunner) private readonly runner: ProjectionRunner,
  ) {}

  onModuleInit(): void {
    measureProjections(this.metrics, this.runner);
  }
}
