import {
  type ApproveReportBody,
  approveReportBody,
  type PublishReportBody,
  publishReportBody,
  type ReasonBody,
  reasonBody,
  submitForReviewBody,
} from '@hindsight/contracts';
import { Controller, HttpCode, Inject, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { Access, WHO } from '../../auth/access.decorator';
import { Editor } from '../../http/editor.decorator';
import { IdParam } from '../../http/id-param.decorator';
import { ZodBody } from '../../http/zod-body.decorator';
import { CommandSender } from '../commands/command-sender';
import type { EditorContext } from '../commands/editor-context';

/** draft → in review → approved → published, with changes requested or a reopening on the way back. */
@ApiTags('review')
@ApiBearerAuth()
@Controller('postmortems/:id')
export class ReviewController {
  constructor(@Inject(CommandSender) private readonly commands: CommandSender) {}

  @Post('submit')
  @HttpCode(200)
  @Access(WHO.edits)
  submit(@IdParam('id') id: string, @ZodBody(submitForReviewBody) _: object, @Editor() editor: EditorContext) {
    return this.commands.send(id, { type: 'SubmitForReview', data: {} }, editor);
  }

  @Post('request-changes')
  @HttpCode(200)
  @Access(WHO.reviews)
  requestChanges(@IdParam('id') id: string, @ZodBody(reasonBody) { reason }: ReasonBody, @Editor() editor: EditorContext) {
    return this.commands.send(id, { type: 'RequestChanges', data: { reason } }, { ...editor, reason });
  }

  @Post('approve')
  @HttpCode(200)
  @Access(WHO.reviews)
  approve(@IdParam('id') id: string, @ZodBody(approveReportBody) { reason }: ApproveReportBody, @Editor() editor: EditorContext) {
    return this.commands.send(id, { type: 'ApproveReport', data: { note: reason } }, { ...editor, reason });
  }

  @Post('publish')
  @HttpCode(200)
  @Access(WHO.reviews)
  publish(@IdParam('id') id: string, @ZodBody(publishReportBody) { reason, ...data }: PublishReportBody, @Editor() editor: EditorContext) {
    return this.commands.send(id, { type: 'PublishReport', data }, { ...editor, reason });
  }

  @Post('reopen')
  @HttpCode(200)
  @Access(WHO.reviews)
  reopen(@IdParam('id') id: string, @ZodBody(reasonBody) { reason }: ReasonBody, @Editor() editor: EditorContext) {
    return this.commands.send(id, { type: 'ReopenReport', data: { reason } }, { ...editor, reason });
  }
}
