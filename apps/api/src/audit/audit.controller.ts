import { diffReports, historyOf } from '@hindsight/audit';
import {
  type DiffQuery,
  diffQuery,
  type HistoryQuery,
  historyQuery,
  type ReportHistoryPage,
  type RevisionDiff,
  type ChainCheck,
  chainCheckSchema,
  exportLogSchema,
  reportHistoryPageSchema,
  revisionDiffSchema,
  storeVerificationSchema,
} from '@hindsight/contracts';
import { type EventStore, verifyChain, verifyLog } from '@hindsight/event-store';
import { ZodResponse } from '../http/zod-response.decorator';
import { Metrics } from '../metrics/metrics';
import { Controller, Get, Inject } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { Access, WHO } from '../auth/access.decorator';
import { IdParam } from '../http/id-param.decorator';
import { ZodQuery } from '../http/zod-query.decorator';
import { EVENT_STORE } from '../postmortems/tokens';
import { ExportLog } from './export-log';
import { ReportHistory } from './report-history';

@ApiTags('audit')
@ApiBearerAuth()
@Controller()
export class AuditController {
  constructor(
    @Inject(ReportHistory) private readonly history: ReportHistory,
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(ExportLog) private readonly exports: ExportLog,
    @Inject(Metrics) private readonly metrics: Metrics,
  ) {}

  /** Every change of a report in order: revision, time, actor, reason and a one-line summary. */
  @Get('postmortems/:id/history')
  @ZodResponse(reportHistoryPageSchema)
  @Access(WHO.readsReports)
  async historyOf(@IdParam('id') id: string, @ZodQuery(historyQuery) { limit, offset }: HistoryQuery): Promise<ReportHistoryPage> {
    const entries = historyOf(await this.history.events(id));
    return { total: entries.length, entries: entries.slice(offset, offset + limit) };
  }

  /** What changed between two revisions (`from=-1` compares with nothing: the whole report as added). */
  @Get('postmortems/:id/diff')
  @ZodResponse(revisionDiffSchema)
  @Access(WHO.readsReports)
  async diff(@IdParam('id') id: string, @ZodQuery(diffQuery) { from, to }: DiffQuery): Promise<RevisionDiff> {
    const before = from < 0 ? { state: null, revision: -1 } : await this.history.stateAt(id, from);
    const after = await this.history.stateAt(id, to);
    return { from: before.revision, to: after.revision, changes: diffReports(before.state, after.state) };
  }

  /** Checks the report's hash chain and names the first broken link, if any. */
  @Get('postmortems/:id/verify')
  @ZodResponse(chainCheckSchema)
  @Access(WHO.readsReports)
  async verifyReport(@IdParam('id') id: string): Promise<ChainCheck> {
    const verdict = verifyChain(await this.history.events(id));
    return verdict.valid ? verdict : { ...verdict, brokenAt: Number(verdict.brokenAt) };
  }

  /** Checks every stream of the store, reading the whole log once. */
  @Get('audit/verify')
  @ZodResponse(storeVerificationSchema)
  @Access(['auditor'], 'none')
  async verifyStore() {
    const verifier = await verifyLog(this.store);
    this.metrics.chainVerified.set(verifier.broken.length === 0 ? 1 : 0);
    this.metrics.chainVerifiedAt.set(Date.now() / 1000);
    return {
      valid: verifier.broken.length === 0,
      streams: verifier.streams,
      events: verifier.events,
      broken: verifier.broken.map((b) => ({ ...b, revision: Number(b.revision) })),
    };
  }

  /** Who exported which report, in which format, when: newest first. */
  @Get('audit/exports')
  @ZodResponse(exportLogSchema)
  @Access(['auditor'], 'none')
  async exportLog() {
    return { exports: await this.exports.list() };
  }
}
