import { type RecordLessonBody, recordLessonBody, type ReviseLessonBody, reviseLessonBody } from '@hindsight/contracts';
import { Controller, Delete, HttpCode, Inject, Patch, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { Access, WHO } from '../../auth/access.decorator';
import { Editor } from '../../http/editor.decorator';
import { IdParam } from '../../http/id-param.decorator';
import { ZodBody } from '../../http/zod-body.decorator';
import { CommandSender } from '../commands/command-sender';
import type { EditorContext } from '../commands/editor-context';

@ApiTags('lessons learned')
@ApiBearerAuth()
@Access(WHO.edits)
@Controller('postmortems/:id/lessons')
export class LessonsController {
  constructor(@Inject(CommandSender) private readonly commands: CommandSender) {}

  @Post()
  @HttpCode(201)
  record(@IdParam('id') id: string, @ZodBody(recordLessonBody) lesson: RecordLessonBody, @Editor() editor: EditorContext) {
    return this.commands.create(id, { type: 'RecordLesson', data: { id: editor.newId, ...lesson } }, editor);
  }

  @Patch(':lessonId')
  revise(
    @IdParam('id') id: string,
    @IdParam('lessonId') lessonId: string,
    @ZodBody(reviseLessonBody) changes: ReviseLessonBody,
    @Editor() editor: EditorContext,
  ) {
    return this.commands.send(id, { type: 'ReviseLesson', data: { lessonId, changes } }, editor);
  }

  @Delete(':lessonId')
  remove(@IdParam('id') id: string, @IdParam('lessonId') lessonId: string, @Editor() editor: EditorContext) {
    return this.commands.send(id, { type: 'RemoveLesson', data: { lessonId } }, editor);
  }
}
