import {
  type AddTimelineEntryBody,
  addTimelineEntryBody,
  type ReviseTimelineEntryBody,
  reviseTimelineEntryBody,
} from '@hindsight/contracts';
import { Controller, Delete, HttpCode, Inject, Patch, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { Access, WHO } from '../../auth/access.decorator';
import { Editor } from '../../http/editor.decorator';
import { IdParam } from '../../http/id-param.decorator';
import { ZodBody } from '../../http/zod-body.decorator';
import { CommandSender } from '../commands/command-sender';
import type { EditorContext } from '../commands/editor-context';

@ApiTags('timeline')
@ApiBearerAuth()
@Access(WHO.edits)
@Controller('postmortems/:id/timeline')
export class TimelineController {
  constructor(@Inject(CommandSender) private readonly commands: CommandSender) {}

  @Post()
  @HttpCode(201)
  add(@IdParam('id') id: string, @ZodBody(addTimelineEntryBody) entry: AddTimelineEntryBody, @Editor() editor: EditorContext) {
    return this.commands.create(id, { type: 'AddTimelineEntry', data: { id: editor.newId, ...entry } }, editor);
  }

  @Patch(':entryId')
  revise(
    @IdParam('id') id: string,
    @IdParam('entryId') entryId: string,
    @ZodBody(reviseTimelineEntryBody) changes: ReviseTimelineEntryBody,
    @Editor() editor: EditorContext,
  ) {
    return this.commands.send(id, { type: 'ReviseTimelineEntry', data: { entryId, changes } }, editor);
  }

  @Delete(':entryId')
  remove(@IdParam('id') id: string, @IdParam('entryId') entryId: string, @Editor() editor: EditorContext) {
    return this.commands.send(id, { type: 'RemoveTimelineEntry', data: { entryId } }, editor);
  }
}
