import { randomUUID } from 'node:crypto';
import type { NewEvent } from '../lib/event-store';

let counter = 0;

/** A distinct event with a bit of everything JSON holds. */
export const newEvent = (overrides: Partial<NewEvent> = {}): NewEvent => ({
  id: randomUUID(),
  type: 'TimelineEntryAdded',
  schemaVersion: 1,
  data: { n: ++counter, text: 'Läuft — ünïcödé ✓', nested: { list: [1, 'two', null, true] } },
  metadata: {
    actor: 'alice',
    timestamp: '2026-03-14T09:00:00.000Z',
    correlationId: randomUUID(),
    causationId: randomUUID(),
  },
  ...overrides,
});

export const streamName = () => `postmortem-${randomUUID()}`;

/** The error a promise rejects with; a resolution fails the test. */
export const rejection = async (promise: Promise<unknown>): Promise<unknown> =>
  promise.then(
    () => {
      throw new Error('expected a rejection');
    },
    (error: unknown) => error,
  );

