import { decide, EVENT_SCHEMA_VERSIONS, evolve, type PostmortemState } from '@hindsight/domain';
import type { EventStore, NewEvent } from '@hindsight/event-store';
import { randomUUID } from 'node:crypto';
import type { Step } from './step';

/**
 * Writes a history straight into an event store through the domain's decide/evolve (no HTTP),
 * for benchmarks and tests that need many events fast. Consecutive steps of one report become
 * one append; each event keeps its own actor and time.
 */
export const writeHistory = async (store: EventStore, steps: readonly Step[], onProgress?: (events: number) => void): Promise<number> => {
  const states = new Map<string, { state: PostmortemState; revision: bigint | undefined }>();
  let written = 0;
  let pending: NewEvent[] = [];
  let pendingFor: string | undefined;

  const flush = async () => {
    if (!pendingFor || pending.length === 0) return;
    const entry = states.get(pendingFor) as { state: PostmortemState; revision: bigint | undefined };
    const result = await store.append(`postmortem-${pendingFor}`, pending, entry.revision ?? 'no_stream');
    entry.revision = result.revision;
    written += pending.length;
    pending = [];
    onProgress?.(written);
  };

  for (const step of steps) {
    if (pendingFor !== step.postmortemId || pending.length >= 500) {
      await flush();
      pendingFor = step.postmortemId;
    }
    const entry = states.get(step.postmortemId) ?? { state: null, revision: undefined };
    states.set(step.postmortemId, entry);
    const commandId = randomUUID();
    for (const event of decide(step.command, entry.state)) {
      entry.state = evolve(entry.state, event);
      pending.push({
        id: randomUUID(),
        type: event.type,
        schemaVersion: EVENT_SCHEMA_VERSIONS[event.type],
        data: event.data as Record<string, unknown>,
        metadata: { actor: step.actor, timestamp: step.at, correlationId: commandId, causationId: commandId },
      });
    }
  }
  await flush();
  return written;
};
