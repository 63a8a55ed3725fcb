import { type EvidenceFileQuery, evidenceFileQuery, type EvidenceFileStored, evidenceFileStoredSchema } from '@hindsight/contracts';
import { NotFound } from '@hindsight/domain';
import { type EvidenceLocker, FileNotIntact, PREVIEWABLE } from '@hindsight/evidence-locker';
import { Controller, Get, HttpCode, Inject, InternalServerErrorException, Post, Req, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiBody, ApiConsumes, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { Access, WHO } from '../auth/access.decorator';
import type { AuthenticatedRequest } from '../auth/access.guard';
import { Editor } from '../http/editor.decorator';
import { FileResponse } from '../http/file-response.decorator';
import { IdParam } from '../http/id-param.decorator';
import { ZodQuery } from '../http/zod-query.decorator';
import { ZodResponse } from '../http/zod-response.decorator';
import { UploadBody } from '../imports/upload';
import { CommandSender } from '../postmortems/commands/command-sender';
import type { EditorContext } from '../postmortems/commands/editor-context';
import { EVIDENCE_LOCKER } from './tokens';

/** A name safe in a Content-Disposition header: no quotes, controls or path. */
const headerName = (name: string) => name.replace(/[^\w.\- ()]+/g, '_').slice(0, 150) || 'evidence';

/** The report the access guard read for this request (it reads the one the path names), or 404. */
const reportChecked = (request: AuthenticatedRequest, id: string) => {
  const state = request.report?.state;
  if (!state) throw new NotFound('Report', id);
  return state;
};

/** Evidence files: kept in the locker under their digest, the digest in the event that attaches them. */
@ApiTags('evidence')
@ApiBearerAuth()
@Controller('postmortems/:id/evidence')
export class EvidenceFilesController {
  constructor(
    @Inject(CommandSender) private readonly commands: CommandSender,
    @Inject(EVIDENCE_LOCKER) private readonly locker: EvidenceLocker,
  ) {}

  /** Uploads a file (the body, application/octet-stream) and attaches it as evidence; its type is told from its content. */
  @Post('files')
  @HttpCode(201)
  @Access(WHO.edits)
  @ApiConsumes('application/octet-stream')
  @ApiBody({ description: 'the file itself, up to HINDSIGHT_EVIDENCE_MAX_BYTES (25 MB by default)', schema: { type: 'string', format: 'binary' } })
  @ZodResponse(evidenceFileStoredSchema, 'Created: the evidence and its file', 201)
  async upload(
    @IdParam('id') id: string,
    @ZodQuery(evidenceFileQuery) query: EvidenceFileQuery,
    @UploadBody() body: AsyncIterable<Buffer>,
    @Editor() editor: EditorContext,
    @Req() request: AuthenticatedRequest,
  ): Promise<EvidenceFileStored> {
    reportChecked(request, id);
    const stored = await this.locker.put(body);
    const file = { name: query.name, ...stored };
    const accepted = await this.commands.create(id, { type: 'AttachEvidence', data: { id: editor.newId, kind: query.kind, title: query.title ?? query.name, url: '', description: query.description, file } }, editor);
    return { ...accepted, file };
  }

  /**
   * The file, checked against its digest before it is sent: a file changed on disk is refused,
   * never served as evidence. Pictures and text are shown in the page; anything else downloads.
   */
  @Get(':evidenceId/file')
  @Access(WHO.readsReports)
  @FileResponse('application/octet-stream', 'The file as uploaded, in its own media type')
  async download(@IdParam('id') id: string, @IdParam('evidenceId') evidenceId: string, @Req() request: AuthenticatedRequest, @Res() reply: FastifyReply) {
    const file = reportChecked(request, id).evidence.find((e) => e.id === evidenceId)?.file;
    if (!file) throw new NotFound('Evidence file', evidenceId);
    const bytes = await this.locker.readIntact(file.sha256).catch((error: unknown) => {
      throw error instanceof FileNotIntact ? new InternalServerErrorException(error.message) : error;
    });
    const disposition = PREVIEWABLE.has(file.mediaType) ? 'inline' : 'attachment';
    void reply
      .header('content-type', file.mediaType === 'text/plain' ? 'text/plain; charset=utf-8' : file.mediaType)
      .header('content-disposition', `${disposition}; filename="${headerName(file.name)}"`)
      .header('x-content-type-options', 'nosniff')
      .header('content-security-policy', "default-src 'none'; sandbox")
      .send(bytes);
  }
}
