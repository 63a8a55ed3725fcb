import {
  type AssignActionItemBody,
  assignActionItemBody,
  type ChangeActionItemStatusBody,
  changeActionItemStatusBody,
  type CompleteActionItemBody,
  completeActionItemBody,
  type ProposeActionItemBody,
  proposeActionItemBody,
  type ReasonBody,
  reasonBody,
  type ReviseActionItemBody,
  reviseActionItemBody,
} from '@hindsight/contracts';
import { Controller, HttpCode, Inject, Patch, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { Access, WHO } from '../../auth/access.decorator';
import { Editor } from '../../http/editor.decorator';
import { IdParam } from '../../http/id-param.decorator';
import { ZodBody } from '../../http/zod-body.decorator';
import { CommandSender } from '../commands/command-sender';
import type { EditorContext } from '../commands/editor-context';

@ApiTags('action items')
@ApiBearerAuth()
@Access(WHO.edits)
@Controller('postmortems/:id/action-items')
export class ActionItemsController {
  constructor(@Inject(CommandSender) private readonly commands: CommandSender) {}

  @Post()
  @HttpCode(201)
  propose(@IdParam('id') id: string, @ZodBody(proposeActionItemBody) item: ProposeActionItemBody, @Editor() editor: EditorContext) {
    return this.commands.create(id, { type: 'ProposeActionItem', data: { id: editor.newId, ...item } }, editor);
  }

  @Patch(':itemId')
  revise(
    @IdParam('id') id: string,
    @IdParam('itemId') actionItemId: string,
    @ZodBody(reviseActionItemBody) changes: ReviseActionItemBody,
    @Editor() editor: EditorContext,
  ) {
    return this.commands.send(id, { type: 'ReviseActionItem', data: { actionItemId, changes } }, editor);
  }

  @Post(':itemId/assign')
  @HttpCode(200)
  assign(
    @IdParam('id') id: string,
    @IdParam('itemId') actionItemId: string,
    @ZodBody(assignActionItemBody) { owner, meetingId }: AssignActionItemBody,
    @Editor() editor: EditorContext,
  ) {
    return this.commands.send(id, { type: 'AssignActionItem', data: { actionItemId, owner, ...(meetingId ? { meetingId } : {}) } }, editor);
  }

  @Post(':itemId/status')
  @HttpCode(200)
  changeStatus(
    @IdParam('id') id: string,
    @IdParam('itemId') actionItemId: string,
    @ZodBody(changeActionItemStatusBody) { status }: ChangeActionItemStatusBody,
    @Editor() editor: EditorContext,
  ) {
    return this.commands.send(id, { type: 'ChangeActionItemStatus', data: { actionItemId, status } }, editor);
  }

  @Post(':itemId/complete')
  @HttpCode(200)
  complete(
    @IdParam('id') id: string,
    @IdParam('itemId') actionItemId: string,
    @ZodBody(completeActionItemBody) { verificationNote }: CompleteActionItemBody,
    @Editor() editor: EditorContext,
  ) {
    return this.commands.send(id, { type: 'CompleteActionItem', data: { actionItemId, verificationNote } }, editor);
  }

  /** "Won't do", with the reason recorded. */
  @Post(':itemId/decline')
  @HttpCode(200)
  decline(
    @IdParam('id') id: string,
    @IdParam('itemId') actionItemId: string,
    @ZodBody(reasonBody) { reason }: ReasonBody,
    @Editor() editor: EditorContext,
  ) {
    return this.commands.send(id, { type: 'DeclineActionItem', data: { actionItemId, reason } }, { reason, ...editor });
  }
}
