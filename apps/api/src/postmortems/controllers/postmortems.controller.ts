import {
  type DocumentQuery,
  documentQuery,
  type DraftPostmortemBody,
  draftPostmortemBody,
  type ReviseIncidentFactsBody,
  reviseIncidentFactsBody,
  postmortemDocumentSchema,
  toDocument,
  type WriteExecutiveSummaryBody,
  writeExecutiveSummaryBody,
} from '@hindsight/contracts';
import { NotFound } from '@hindsight/domain';
import { Controller, Get, HttpCode, Inject, Patch, Post, Put, Req, Res } from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { Access, WHO } from '../../auth/access.decorator';
import type { AuthenticatedRequest } from '../../auth/access.guard';
import { Editor } from '../../http/editor.decorator';
import { IdParam } from '../../http/id-param.decorator';
import { ZodBody } from '../../http/zod-body.decorator';
import { ZodQuery } from '../../http/zod-query.decorator';
import { ReportHistory } from '../../audit/report-history';
import { ZodResponse } from '../../http/zod-response.decorator';
import { CommandSender } from '../commands/command-sender';
import type { EditorContext } from '../commands/editor-context';
import { DocumentText } from '../queries/document-text';
import { sendJsonText } from '../../http/json-text';
import { jsonBytesSharingItems } from '../../http/shared-items-json';

@ApiTags('reports')
@ApiBearerAuth()
@Controller('postmortems')
export class PostmortemsController {
  constructor(
    @Inject(CommandSender) private readonly commands: CommandSender,
    @Inject(ReportHistory) private readonly history: ReportHistory,
    @Inject(DocumentText) private readonly documents: DocumentText,
  ) {}

  @Post()
  @HttpCode(201)
  @Access(WHO.edits, 'body')
  draft(@ZodBody(draftPostmortemBody) facts: DraftPostmortemBody, @Editor() editor: EditorContext) {
    const postmortemId = editor.newId;
    return this.commands.create(postmortemId, { type: 'DraftPostmortem', data: { postmortemId, facts } }, editor);
  }

  /** The report now, or with `asOf` (a revision or an instant) exactly as it stood then, folded from its events. */
  @Get(':id')
  @ZodResponse(postmortemDocumentSchema, 'The report at its current revision (also in ETag)')
  @Access(WHO.readsReports)
  async get(
    @IdParam('id') id: string,
    @ZodQuery(documentQuery) { asOf }: DocumentQuery,
    @Req() request: AuthenticatedRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<Buffer> {
    if (asOf === undefined) {
      const { text, revision } = await this.documents.current(id, request.report);
      return sendJsonText(reply, text, revision);
    }
    const { state, revision, event } = await this.history.stateAt(id, asOf);
    if (state === null) throw new NotFound('Report', id);
    return sendJsonText(reply, jsonBytesSharingItems(toDocument(state, { revision, position: event.position, asOf: event.metadata.timestamp })), revision);
  }

  @Patch(':id/facts')
  @Access(WHO.edits)
  reviseFacts(
    @IdParam('id') id: string,
    @ZodBody(reviseIncidentFactsBody) changes: ReviseIncidentFactsBody,
    @Editor() editor: EditorContext,
  ) {
    return this.commands.send(id, { type: 'ReviseIncidentFacts', data: { changes } }, editor);
  }

  @Put(':id/executive-summary')
  @Access(WHO.edits)
  writeExecutiveSummary(
    @IdParam('id') id: string,
    @ZodBody(writeExecutiveSummaryBody) { text }: WriteExecutiveSummaryBody,
    @Editor() editor: EditorContext,
  ) {
    return this.commands.send(id, { type: 'WriteExecutiveSummary', data: { text } }, editor);
  }
}
