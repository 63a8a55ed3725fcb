import { auditDocument, historyCsv, historyOf, toMarkdown, toPdf, writeBundle } from '@hindsight/audit';
import { type DocumentQuery, documentQuery } from '@hindsight/contracts';
import type { Principal } from '@hindsight/identity';
import { Controller, Get, Inject, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { Access, WHO } from '../auth/access.decorator';
import { Caller } from '../auth/caller.decorator';
import { Clock } from '../clock';
import { FileResponse } from '../http/file-response.decorator';
import { IdParam } from '../http/id-param.decorator';
import { ZodQuery } from '../http/zod-query.decorator';
import { streamOf } from '../postmortems/tokens';
import { ExportLog } from './export-log';
import { ReportHistory } from './report-history';

const download = (reply: FastifyReply, type: string, name: string, body: string | Buffer) =>
  reply.header('content-type', type).header('content-disposition', `attachment; filename="${name}"`).send(body);

/** Files an auditor keeps: each export is recorded in the export log before it is sent. */
@ApiTags('audit')
@ApiBearerAuth()
@Access(WHO.readsReports)
@Controller('postmortems/:id/export')
export class ExportsController {
  constructor(
    @Inject(ReportHistory) private readonly history: ReportHistory,
    @Inject(ExportLog) private readonly log: ExportLog,
    @Inject(Clock) private readonly clock: Clock,
  ) {}

  /** Every event with metadata and hashes (JSON Lines) after a manifest naming the chain head; verifies offline. */
  @Get('bundle')
  @FileResponse('application/x-ndjson', 'Download: a manifest line, then one line per event (docs/audit.md)')
  async bundle(@IdParam('id') id: string, @Caller() caller: Principal, @Res() reply: FastifyReply) {
    const events = await this.history.events(id);
    await this.log.record(caller, { postmortemId: id, format: 'bundle', revision: events.length - 1 });
    download(reply, 'application/x-ndjson', `hindsight-${id}.audit.jsonl`, writeBundle(streamOf(id), events, caller.subject, this.clock.now()));
  }

  /** The report as it stood at `asOf` (default: now), as Markdown. */
  @Get('markdown')
  @FileResponse('text/markdown', 'Download: the report as Markdown')
  async markdown(@IdParam('id') id: string, @ZodQuery(documentQuery) { asOf }: DocumentQuery, @Caller() caller: Principal, @Res() reply: FastifyReply) {
    const document = await this.document(id, asOf, caller, 'markdown');
    download(reply, 'text/markdown; charset=utf-8', `hindsight-${id}-r${document.revision}.md`, toMarkdown(document.content));
  }

  /** The report as it stood at `asOf` (default: now), as PDF. */
  @Get('pdf')
  @FileResponse('application/pdf', 'Download: the report as PDF')
  async pdf(@IdParam('id') id: string, @ZodQuery(documentQuery) { asOf }: DocumentQuery, @Caller() caller: Principal, @Res() reply: FastifyReply) {
    const document = await this.document(id, asOf, caller, 'pdf');
    download(reply, 'application/pdf', `hindsight-${id}-r${document.revision}.pdf`, await toPdf(document.content));
  }

  /** The history as CSV: revision, time, actor, event, reason, summary, hash. */
  @Get('history.csv')
  @FileResponse('text/csv', 'Download: revision, time, actor, event, reason, summary, hash')
  async csv(@IdParam('id') id: string, @Caller() caller: Principal, @Res() reply: FastifyReply) {
    const events = await this.history.events(id);
    await this.log.record(caller, { postmortemId: id, format: 'csv', revision: events.length - 1 });
    download(reply, 'text/csv; charset=utf-8', `hindsight-${id}-history.csv`, historyCsv(historyOf(events)));
  }

  private async document(id: string, asOf: number | string | undefined, caller: Principal, format: 'markdown' | 'pdf') {
    const { state, revision, event } = await this.history.stateAt(id, asOf ?? Number((await this.history.events(id)).length - 1));
    if (!state) throw new Error(`Report ${id} has no state at revision ${revision}`);
    await this.log.record(caller, { postmortemId: id, format, revision });
    return { revision, content: auditDocument(state, revision, event.metadata.timestamp) };
  }
}
