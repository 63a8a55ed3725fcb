import { type AttachEvidenceBody, attachEvidenceBody, type ReviseEvidenceBody, reviseEvidenceBody } from '@hindsight/contracts';
import { Controller, Delete, HttpCode, Inject, Patch, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { Access, WHO } from '../../auth/access.decorator';
import { Editor } from '../../http/editor.decorator';
import { IdParam } from '../../http/id-param.decorator';
import { ZodBody } from '../../http/zod-body.decorator';
import { CommandSender } from '../commands/command-sender';
import type { EditorContext } from '../commands/editor-context';

@ApiTags('evidence')
@ApiBearerAuth()
@Access(WHO.edits)
@Controller('postmortems/:id/evidence')
export class EvidenceController {
  constructor(@Inject(CommandSender) private readonly commands: CommandSender) {}

  @Post()
  @HttpCode(201)
  attach(@IdParam('id') id: string, @ZodBody(attachEvidenceBody) evidence: AttachEvidenceBody, @Editor() editor: EditorContext) {
    return this.commands.create(id, { type: 'AttachEvidence', data: { id: editor.newId, ...evidence } }, editor);
  }

  @Patch(':evidenceId')
  revise(
    @IdParam('id') id: string,
    @IdParam('evidenceId') evidenceId: string,
    @ZodBody(reviseEvidenceBody) changes: ReviseEvidenceBody,
    @Editor() editor: EditorContext,
  ) {
    return this.commands.send(id, { type: 'ReviseEvidence', data: { evidenceId, changes } }, editor);
  }

  @Delete(':evidenceId')
  remove(@IdParam('id') id: string, @IdParam('evidenceId') evidenceId: string, @Editor() editor: EditorContext) {
    return this.commands.send(id, { type: 'RemoveEvidence', data: { evidenceId } }, editor);
  }
}
