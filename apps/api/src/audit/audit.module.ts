import { Module } from '@nestjs/common';
import { AuditController } from './audit.controller';
import { ExportLog } from './export-log';
import { ExportsController } from './exports.controller';
import { ReportHistory } from './report-history';

/** For auditors: history, time travel, diffs, hash-chain verification and recorded exports. */
@Module({
  controllers: [AuditController, ExportsController],
  providers: [ReportHistory, ExportLog],
  exports: [ReportHistory],
})
export class AuditModule {}
