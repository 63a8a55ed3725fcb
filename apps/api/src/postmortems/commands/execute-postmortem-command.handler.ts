import {
  EVENT_SCHEMA_VERSIONS,
  conflictingEvents,
  decide,
  fold,
  NotFound,
  type PostmortemEvent,
} from '@hindsight/domain';
import {
  type AppendResult,
  type EventStore,
  type NewEvent,
  type RecordedEvent,
  WrongExpectedRevisionError,
} from '@hindsight/event-store';
import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { Clock } from '../../clock';
import { EVENT_STORE, streamOf } from '../tokens';
import { toDomainEvent } from '../stored-events';
import { EditConflict } from './edit-conflict';
import type { EditorContext } from './editor-context';
import { eventIdFor } from './event-ids';
import { ExecutePostmortemCommand } from './execute-postmortem-command';

/** Losing a race to another process is retried on fresh state, after a short random pause; a real conflict is not. */
const MAX_ATTEMPTS = 20;
const pause = (attempt: number) => new Promise((resolve) => setTimeout(resolve, Math.random() * attempt * 2));

@CommandHandler(ExecutePostmortemCommand)
export class ExecutePostmortemCommandHandler implements ICommandHandler<ExecutePostmortemCommand> {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(Clock) private readonly clock: Clock,
  ) {}

  /** Commands for the same report run one after another in this process; other processes are kept out by the revision check. */
  private readonly lanes = new Map<string, Promise<unknown>>();

  execute({ postmortemId, command, editor }: ExecutePostmortemCommand): Promise<AppendResult> {
    const stream = streamOf(postmortemId);
    const previous = this.lanes.get(stream) ?? Promise.resolve();
    const run = previous.then(() => this.decideAndAppend(postmortemId, stream, command, editor));
    const settled = run.catch(() => undefined);
    this.lanes.set(stream, settled);
    void settled.then(() => this.lanes.get(stream) === settled && this.lanes.delete(stream));
    return run;
  }

  private async decideAndAppend(
    postmortemId: string,
    stream: string,
    command: ExecutePostmortemCommand['command'],
    editor: EditorContext,
  ): Promise<AppendResult> {
    for (let attempt = 1; ; attempt++) {
      const history = await this.store.readStream(stream);
      const retried = this.resultOfEarlierDelivery(history, editor.commandId);
      if (retried) return retried;

      const head = history.at(-1);
      if (!head && command.type !== 'DraftPostmortem') throw new NotFound('Report', postmortemId);
      this.rejectConflicts(history, command, editor);
      const decided = decide(command, fold(history.map(toDomainEvent)));
      if (decided.length === 0 && head) return { revision: head.revision, position: head.position };

      try {
        return await this.store.append(stream, decided.map(this.toNewEvent(editor)), head?.revision ?? 'no_stream');
      } catch (error) {
        if (!(error instanceof WrongExpectedRevisionError) || attempt === MAX_ATTEMPTS) throw error;
        await pause(attempt);
      }
    }
  }

  /** The same command delivered twice (a client retry) returns what it returned the first time. */
  private resultOfEarlierDelivery(history: RecordedEvent[], commandId: string): AppendResult | undefined {
    const firstId = eventIdFor(commandId, 0);
    if (!history.some((e) => e.id === firstId)) return undefined;
    const last = history.filter((e) => e.metadata.causationId === commandId).at(-1) as RecordedEvent;
    return { revision: last.revision, position: last.position };
  }

  /** Editing from a stale revision is fine unless what changed since touches what this command touches. */
  private rejectConflicts(history: RecordedEvent[], command: ExecutePostmortemCommand['command'], editor: EditorContext) {
    if (editor.basedOnRevision === undefined || command.type === 'DraftPostmortem') return;
    const current = history.length - 1;
    if (editor.basedOnRevision > current) throw new EditConflict(editor.basedOnRevision, current, []);
    const unseen = history.slice(editor.basedOnRevision + 1);
    const conflicts = conflictingEvents(command, unseen.map((e) => ({ ...toDomainEvent(e), stored: e })));
    if (conflicts.length > 0) throw new EditConflict(editor.basedOnRevision, current, conflicts.map((c) => c.stored));
  }

  private toNewEvent =
    (editor: EditorContext) =>
    (event: PostmortemEvent, index: number): NewEvent => ({
      id: eventIdFor(editor.commandId, index),
      type: event.type,
      schemaVersion: EVENT_SCHEMA_VERSIONS[event.type],
      data: event.data as Record<string, unknown>,
      metadata: {
        actor: editor.actor,
        timestamp: this.clock.now().toISOString(),
        correlationId: editor.correlationId,
        causationId: editor.commandId,
        ...(editor.reason === undefined ? {} : { reason: editor.reason }),
      },
    });
}
