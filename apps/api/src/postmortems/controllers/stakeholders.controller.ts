import {
  type AddStakeholderBody,
  addStakeholderBody,
  type ReviseStakeholderBody,
  reviseStakeholderBody,
} from '@hindsight/contracts';
import { Controller, Delete, HttpCode, Inject, Patch, Post } from '@nestjs/common';
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
@Controller('postmortems/:id/stakeholders')
export class StakeholdersController {
  constructor(@Inject(CommandSender) private readonly commands: CommandSender) {}

  @Post()
  @HttpCode(201)
  add(@IdParam('id') id: string, @ZodBody(addStakeholderBody) stakeholder: AddStakeholderBody, @Editor() editor: EditorContext) {
    return this.commands.create(id, { type: 'AddStakeholder', data: { id: editor.newId, ...stakeholder } }, editor);
  }

  @Patch(':stakeholderId')
  revise(
    @IdParam('id') id: string,
    @IdParam('stakeholderId') stakeholderId: string,
    @ZodBody(reviseStakeholderBody) changes: ReviseStakeholderBody,
    @Editor() editor: EditorContext,
  ) {
    return this.commands.send(id, { type: 'ReviseStakeholder', data: { stakeholderId, changes } }, editor);
  }

  @Delete(':stakeholderId')
  remove(@IdParam('id') id: string, @IdParam('stakeholderId') stakeholderId: string, @Editor() editor: EditorContext) {
    return this.commands.send(id, { type: 'RemoveStakeholder', data: { stakeholderId } }, editor);
  }
}
