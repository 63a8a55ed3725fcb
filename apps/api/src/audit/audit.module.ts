import { Inject, Module, type OnModuleInit } from '@nestjs/common';
import { Metrics } from '../metrics/metrics';
import { AuditController } from './audit.controller';
import { ExportLog } from './export-log';
import { ExportsController } from './exports.controller';
import { REPORT_EVENTS_KEPT, ReportHistory } from './report-history';

/** For auditors: history, time travel, diffs, hash-chain verification and recorded exports. */
@Module({
  controllers: [AuditController, ExportsController],
  providers: [ReportHistory, ExportLog],
  exports: [ReportHistory],
})
export class AuditModule implements OnModuleInit {
  constructor(
    @Inject(Metrics) private readonly metrics: Metrics,
    @Inject(ReportHistory) private readonly history: ReportHistory,
  ) {}

  onModuleInit(): void {
    const help = `Events folded into the reports the API keeps in memory (at most ${REPORT_EVENTS_KEPT}, least recently used out)`;
    this.metrics.gaugeOnScrape('hindsight_report_cache_events', help, async () => this.history.eventsKept);
    this.metrics.gaugeOnScrape('hindsight_report_cache_events_limit', 'The most events the kept reports may hold', async () => REPORT_EVENTS_KEPT);
  }
}
