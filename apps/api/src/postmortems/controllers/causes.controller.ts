import {
  type IdentifyCauseBody,
  identifyCauseBody,
  type ReasonBody,
  reasonBody,
  type ReviseCauseBody,
  reviseCauseBody,
} from '@hindsight/contracts';
import { Controller, HttpCode, Inject, Patch, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { Access, WHO } from '../../auth/access.decorator';
import { Editor } from '../../http/editor.decorator';
import { IdParam } from '../../http/id-param.decorator';
import { ZodBody } from '../../http/zod-body.decorator';
import { CommandSender } from '../commands/command-sender';
import type { EditorContext } from '../commands/editor-context';

@ApiTags('causes')
@ApiBearerAuth()
@Access(WHO.edits)
@Controller('postmortems/:id/causes')
export class CausesController {
  constructor(@Inject(CommandSender) private readonly commands: CommandSender) {}

  @Post()
  @HttpCode(201)
  identify(@IdParam('id') id: string, @ZodBody(identifyCauseBody) cause: IdentifyCauseBody, @Editor() editor: EditorContext) {
    return this.commands.create(id, { type: 'IdentifyCause', data: { id: editor.newId, ...cause } }, editor);
  }

  @Patch(':causeId')
  revise(
    @IdParam('id') id: string,
    @IdParam('causeId') causeId: string,
    @ZodBody(reviseCauseBody) changes: ReviseCauseBody,
    @Editor() editor: EditorContext,
  ) {
    return this.commands.send(id, { type: 'ReviseCause', data: { causeId, changes } }, editor);
  }

  @Post(':causeId/retract')
  @HttpCode(200)
  retract(
    @IdParam('id') id: string,
    @IdParam('causeId') causeId: string,
    @ZodBody(reasonBody) { reason }: ReasonBody,
    @Editor() editor: EditorContext,
  ) {
    return this.commands.send(id, { type: 'RetractCause', data: { causeId, reason } }, { reason, ...editor });
  }
}
