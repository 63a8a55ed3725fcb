import { EVENT_SCHEMA_VERSIONS, conflictingEvents, decide, NotFound, type PostmortemEvent, requireIndependentApprover } from '@hindsight/domain';
import { type AppendResult, type EventStore, type NewEvent, WrongExpectedRevisionError } from '@hindsight/event-store';
import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { ReportHistory } from '../../audit/report-history';
import { Clock } from '../../clock';
import { Metrics } from '../../metrics/metrics';
import { EVENT_STORE, REVIEW_POLICY, type ReviewPolicy, streamOf } from '../tokens';
import { toDomainEvent } from '../stored-events';
import { EditConflict } from './edit-conflict';
import type { EditorContext } from './editor-context';
import { eventIdFor } from './event-ids';
import { ExecutePostmortemCommand } from './execute-postmortem-command';
import { IdempotencyKeyReused } from './idempotency-key-reused';
import { type AppliedCommand, type KnownStream, KnownStreams } from './known-streams';

/** A retry answers what the first request was answered; the same key on a different request is refused. */
const sameRequestOrRefuse = ({ requestDigest, ...result }: AppliedCommand, editor: EditorContext): AppendResult => {
  if (requestDigest !== editor.requestDigest) throw new IdempotencyKeyReused();
  return result;
};

/** Losing a race to another process is retried on fresh state, after a short random pause; a real conflict is not. */
const MAX_ATTEMPTS = 20;
const pause = (attempt: number) => new Promise((resolve) => setTimeout(resolve, Math.random() * attempt * 2));

@CommandHandler(ExecutePostmortemCommand)
export class ExecutePostmortemCommandHandler implements ICommandHandler<ExecutePostmortemCommand> {
  private readonly streams: KnownStreams;

  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(Clock) private readonly clock: Clock,
    @Inject(REVIEW_POLICY) private readonly policy: ReviewPolicy,
    @Inject(Metrics) private readonly metrics: Metrics,
    @Inject(ReportHistory) history: ReportHistory,
  ) {
    this.streams = new KnownStreams(store, history);
  }

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
    streamId: string,
    command: ExecutePostmortemCommand['command'],
    editor: EditorContext,
  ): Promise<AppendResult> {
    for (let attempt = 1; ; attempt++) {
      const stream = await this.streams.current(streamId);
      // The same command delivered twice (a client retry) returns what it returned the first time.
      const earlier = stream?.results.get(editor.commandId);
      if (earlier) return sameRequestOrRefuse(earlier, editor);

      if (!stream && command.type !== 'DraftPostmortem') throw new NotFound('Report', postmortemId);
      if (stream) await this.rejectConflicts(streamId, stream, command, editor);
      if (stream && command.type === 'ApproveReport' && this.policy.separationOfDuties) requireIndependentApprover(editor.actor, stream.authorship);
      const decided = decide(command, stream?.state ?? null, this.policy);
      if (decided.length === 0 && stream) return stream.head;

      try {
        const appended = await this.store.append(streamId, decided.map(this.toNewEvent(editor)), stream?.head.revision ?? 'no_stream');
        for (const event of decided) this.metrics.eventsAppended.inc({ type: event.type });
        return appended;
      } catch (error) {
        if (!(error instanceof WrongExpectedRevisionError) || attempt === MAX_ATTEMPTS) throw error;
        await pause(attempt);
      }
    }
  }

  /** Editing from a stale revision is fine unless what changed since touches what this command touches. */
  private async rejectConflicts(streamId: string, stream: KnownStream, command: ExecutePostmortemCommand['command'], editor: EditorContext) {
    if (editor.basedOnRevision === undefined || command.type === 'DraftPostmortem') return;
    const current = Number(stream.head.revision);
    if (editor.basedOnRevision > current) throw new EditConflict(editor.basedOnRevision, current, []);
    if (editor.basedOnRevision === current) return;
    const unseen = await this.store.readStream(streamId, { fromRevision: BigInt(editor.basedOnRevision + 1), toRevision: stream.head.revision });
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
        ...(editor.requestDigest === undefined ? {} : { requestDigest: editor.requestDigest }),
      },
    });
}
