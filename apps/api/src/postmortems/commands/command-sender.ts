import type { CommandAccepted } from '@hindsight/contracts';
import type { PostmortemCommand } from '@hindsight/domain';
import { Inject, Injectable } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import type { EditorContext } from './editor-context';
import { ExecutePostmortemCommand } from './execute-postmortem-command';

/** What controllers use to send a command and answer with where the report now stands. */
@Injectable()
export class CommandSender {
  constructor(@Inject(CommandBus) private readonly bus: CommandBus) {}

  async send(postmortemId: string, command: PostmortemCommand, editor: EditorContext): Promise<CommandAccepted> {
    const result = await this.bus.execute(new ExecutePostmortemCommand(postmortemId, command, editor));
    return { revision: Number(result.revision), position: result.position };
  }

  /** For commands that create something: the answer carries the new id. */
  async create(postmortemId: string, command: PostmortemCommand, editor: EditorContext): Promise<CommandAccepted> {
    return { id: editor.newId, ...(await this.send(postmortemId, command, editor)) };
  }
}
