import { auditDocument, historyCsv, historyOf, toMarkdown, toPdf, writeBundle } from '@hindsight/audit';
import { type BundleQuery, bundleQuery, type DocumentQuery, documentQuery } from '@hindsight/contracts';
import type { EvidenceLocker } from '@hindsight/evidence-locker';
import { EVIDENCE_LOCKER } from '../evidence/tokens';
import { evidenceFiles } from './evidence-files';
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
import { ExportCheckpoint } from '../transparency/export-checkpoint';
import type { LogKeys } from '@hindsight/transparency';
import { LOG_KEYS } from '../transparency/tokens';
import { createHash } from 'node:crypto';
import { type ExportRecord, ExportLog } from './export-log';
import { ReportHistory } from './report-history';

const download = (reply: FastifyReply, type: string, name: string, body: string | Buffer) =>
  reply.header('content-type', type).header('content-disposition', `attachment; filename="${name}"`).send(body);

const sha256 = (body: string | Buffer) => createHash('sha256').update(body).digest('hex');

/**
 * Files an auditor keeps: each export is made under a freshly signed checkpoint, and recorded in
 * the export log, with that checkpoint and the file's SHA-256, before it is sent.
 */
@ApiTags('audit')
@ApiBearerAuth()
@Access(WHO.readsReports)
@Controller('postmortems/:id/export')
export class ExportsController {
  constructor(
    @Inject(ReportHistory) private readonly history: ReportHistory,
    @Inject(ExportLog) private readonly log: ExportLog,
    @Inject(Clock) private readonly clock: Clock,
    @Inject(ExportCheckpoint) private readonly checkpoint: ExportCheckpoint,
    @Inject(LOG_KEYS) private readonly keys: LogKeys,
    @Inject(EVIDENCE_LOCKER) private readonly locker: EvidenceLocker,
  ) {}

  /**
   * Every event with its metadata, hashes and inclusion proof (JSON Lines) after a signed
   * manifest naming the checkpoint; verifies offline with the log's public key (docs/audit-format.md).
   */
  @Get('bundle')
  @FileResponse('application/x-ndjson', 'Download: a signed manifest line, then one line per event with its inclusion proof (docs/audit-format.md)')
  async bundle(@IdParam('id') id: string, @ZodQuery(bundleQuery) { files }: BundleQuery, @Caller() caller: Principal, @Res() reply: FastifyReply) {
    const events = await this.history.events(id);
    const issued = await this.checkpoint.issue();
    const { text } = writeBundle({
      streamId: streamOf(id),
      events,
      exportedBy: caller.subject,
      exportedAt: this.clock.now(),
      checkpoint: issued.note,
      inclusion: (event) => this.checkpoint.inclusion(event, issued.checkpoint.size),
      signer: this.keys.signer,
      files: files ? await evidenceFiles(events, this.locker) : [],
    });
    await this.record(caller, { postmortemId: id, format: 'bundle', revision: events.length - 1 }, issued.checkpoint, text);
    download(reply, 'application/x-ndjson', `hindsight-${id}.audit.jsonl`, text);
  }

  /** The report as it stood at `asOf` (default: now), as Markdown. */
  @Get('markdown')
  @FileResponse('text/markdown', 'Download: the report as Markdown')
  async markdown(@IdParam('id') id: string, @ZodQuery(documentQuery) { asOf }: DocumentQuery, @Caller() caller: Principal, @Res() reply: FastifyReply) {
    const document = await this.document(id, asOf);
    const markdown = toMarkdown(document.content);
    await this.record(caller, { postmortemId: id, format: 'markdown', revision: document.revision }, document.checkpoint, markdown);
    download(reply, 'text/markdown; charset=utf-8', `hindsight-${id}-r${document.revision}.md`, markdown);
  }

  /** The report as it stood at `asOf` (default: now), as PDF. */
  @Get('pdf')
  @FileResponse('application/pdf', 'Download: the report as PDF')
  async pdf(@IdParam('id') id: string, @ZodQuery(documentQuery) { asOf }: DocumentQuery, @Caller() caller: Principal, @Res() reply: FastifyReply) {
    const document = await this.document(id, asOf);
    const pdf = await toPdf(document.content);
    await this.record(caller, { postmortemId: id, format: 'pdf', revision: document.revision }, document.checkpoint, pdf);
    download(reply, 'application/pdf', `hindsight-${id}-r${document.revision}.pdf`, pdf);
  }

  /** The history as CSV: revision, time, actor, event, reason, summary, hash. */
  @Get('history.csv')
  @FileResponse('text/csv', 'Download: revision, time, actor, event, reason, summary, hash')
  async csv(@IdParam('id') id: string, @Caller() caller: Principal, @Res() reply: FastifyReply) {
    const events = await this.history.events(id);
    const csv = historyCsv(historyOf(events));
    await this.record(caller, { postmortemId: id, format: 'csv', revision: events.length - 1 }, (await this.checkpoint.issue()).checkpoint, csv);
    download(reply, 'text/csv; charset=utf-8', `hindsight-${id}-history.csv`, csv);
  }

  private async document(id: string, asOf: number | string | undefined) {
    const { state, revision, event } = await this.history.stateAt(id, asOf ?? Number((await this.history.events(id)).length - 1));
    if (!state) throw new Error(`Report ${id} has no state at revision ${revision}`);
    return { revision, checkpoint: (await this.checkpoint.issue()).checkpoint, content: auditDocument(state, revision, event.metadata.timestamp) };
  }

  private record(caller: Principal, record: Pick<ExportRecord, 'postmortemId' | 'format' | 'revision'>, checkpoint: { size: number; root: Buffer }, file: string | Buffer): Promise<void> {
    return this.log.record(caller, { ...record, checkpoint: { size: checkpoint.size, root: checkpoint.root.toString('hex') }, digest: sha256(file) });
  }
}
