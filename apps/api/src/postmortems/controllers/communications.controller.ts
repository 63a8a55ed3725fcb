import {
  type ApproveCommunicationBody,
  approveCommunicationBody,
  type DispatchCommunicationBody,
  dispatchCommunicationBody,
  type PlanCommunicationBody,
  planCommunicationBody,
  type ReasonBody,
  type RecordMeetingNotesBody,
  recordMeetingNotesBody,
  reasonBody,
  type RecordCommunicationSentBody,
  recordCommunicationSentBody,
  type ReviseCommunicationBody,
  reviseCommunicationBody,
} from '@hindsight/contracts';
import { Controller, HttpCode, Inject, Patch, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { Access, WHO } from '../../auth/access.decorator';
import { Editor } from '../../http/editor.decorator';
import { IdParam } from '../../http/id-param.decorator';
import { ZodBody } from '../../http/zod-body.decorator';
import { CommandSender } from '../commands/command-sender';
import type { EditorContext } from '../commands/editor-context';

@ApiTags('communication')
@ApiBearerAuth()
@Access(WHO.edits)
@Controller('postmortems/:id/communications')
export class CommunicationsController {
  constructor(@Inject(CommandSender) private readonly commands: CommandSender) {}

  @Post()
  @HttpCode(201)
  plan(@IdParam('id') id: string, @ZodBody(planCommunicationBody) communication: PlanCommunicationBody, @Editor() editor: EditorContext) {
    return this.commands.create(id, { type: 'PlanCommunication', data: { id: editor.newId, ...communication } }, editor);
  }

  @Patch(':communicationId')
  revise(
    @IdParam('id') id: string,
    @IdParam('communicationId') communicationId: string,
    @ZodBody(reviseCommunicationBody) changes: ReviseCommunicationBody,
    @Editor() editor: EditorContext,
  ) {
    return this.commands.send(id, { type: 'ReviseCommunication', data: { communicationId, changes } }, editor);
  }

  @Post(':communicationId/sent')
  @HttpCode(200)
  recordSent(
    @IdParam('id') id: string,
    @IdParam('communicationId') communicationId: string,
    @ZodBody(recordCommunicationSentBody) { sentAt }: RecordCommunicationSentBody,
    @Editor() editor: EditorContext,
  ) {
    const data = { communicationId, sentAt: sentAt ?? new Date().toISOString() };
    return this.commands.send(id, { type: 'RecordCommunicationSent', data }, editor);
  }

  /** What the review meeting noted and decided. */
  @Post(':communicationId/notes')
  @HttpCode(200)
  recordNotes(
    @IdParam('id') id: string,
    @IdParam('communicationId') communicationId: string,
    @ZodBody(recordMeetingNotesBody) notes: RecordMeetingNotesBody,
    @Editor() editor: EditorContext,
  ) {
    return this.commands.send(id, { type: 'RecordMeetingNotes', data: { communicationId, ...notes } }, editor);
  }

  /** A reviewer approves the text as it stands: nothing goes to customers, partners or regulators without it. */
  @Post(':communicationId/approve')
  @HttpCode(200)
  @Access(WHO.reviews)
  approve(
    @IdParam('id') id: string,
    @IdParam('communicationId') communicationId: string,
    @ZodBody(approveCommunicationBody) { reason }: ApproveCommunicationBody,
    @Editor() editor: EditorContext,
  ) {
    return this.commands.send(id, { type: 'ApproveCommunication', data: { communicationId } }, { ...editor, ...(reason ? { reason } : {}) });
  }

  /** Records the intent to send; the outbox delivers it and records each outcome (docs/communications.md). */
  @Post(':communicationId/dispatch')
  @HttpCode(202)
  dispatch(
    @IdParam('id') id: string,
    @IdParam('communicationId') communicationId: string,
    @ZodBody(dispatchCommunicationBody) message: DispatchCommunicationBody,
    @Editor() editor: EditorContext,
  ) {
    return this.commands.send(id, { type: 'DispatchCommunication', data: { communicationId, ...message } }, editor);
  }

  @Post(':communicationId/cancel')
  @HttpCode(200)
  cancel(
    @IdParam('id') id: string,
    @IdParam('communicationId') communicationId: string,
    @ZodBody(reasonBody) { reason }: ReasonBody,
    @Editor() editor: EditorContext,
  ) {
    return this.commands.send(id, { type: 'CancelCommunication', data: { communicationId, reason } }, { reason, ...editor });
  }
}
