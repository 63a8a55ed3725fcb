import type { PostmortemCommand } from '@hindsight/domain';
import { Command } from '@nestjs/cqrs';
import type { AppendResult } from '@hindsight/event-store';
import type { EditorContext } from './editor-context';

/**
 * Carries any domain command to the report it addresses. Every command takes the same
 * path (load, check for conflicts, decide, append); the per-command rules live in the
 * domain's `decide`, one decision function per command type.
 */
export class ExecutePostmortemCommand extends Command<AppendResult> {
  constructor(
    readonly postmortemId: string,
    readonly command: PostmortemCommand,
    readonly editor: EditorContext,
  ) {
    super();
  }
}
