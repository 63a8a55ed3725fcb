import { fold, type PostmortemEvent } from '@hindsight/domain';
import { InMemoryEventStore, type NewEvent } from '@hindsight/event-store';
import fc from 'fast-check';
import { dumpReadModels } from '../dump';
import { ProjectionRunner } from '../projection-runner';
import { openReadModels } from '../read-model-database';
import { sectionChanges } from './sql';
import { timelineProjection } from './timeline.projection';

const drafted: PostmortemEvent = {
  type: 'PostmortemDrafted',
  data: { postmortemId: 'pm-1', facts: { title: 'Checkout slows down', severity: 'SEV2', services: ['checkout'], team: 'payments', occurredAt: '2026-03-14T09:00:00Z', customerImpact: '', summary: '' } },
};

/** A timeline edit, by the position of the entry it touches among those present. */
type Edit = { kind: 'add'; minute: number } | { kind: 'revise'; index: number; minute: number; description: string } | { kind: 'remove'; index: number };
const edit: fc.Arbitrary<Edit> = fc.oneof(
  fc.record({ kind: fc.constant('add' as const), minute: fc.integer({ min: 0, max: 59 }) }),
  fc.record({ kind: fc.constant('revise' as const), index: fc.nat(), minute: fc.integer({ min: 0, max: 59 }), description: fc.string({ maxLength: 8 }) }),
  fc.record({ kind: fc.constant('remove' as const), index: fc.nat() }),
);

/** The edits as events, skipping those that touch an entry when there is none. */
const toEvents = (edits: Edit[]): PostmortemEvent[] => {
  const ids: string[] = [];
  const events: PostmortemEvent[] = [drafted];
  edits.forEach((e, n) => {
    const at = `2026-03-14T09:${String(e.kind === 'remove' ? 0 : e.minute).padStart(2, '0')}:00.000Z`;
    if (e.kind === 'add') {
      ids.push(`tl-${n}`);
      events.push({ type: 'TimelineEntryAdded', data: { id: `tl-${n}`, at, kind: 'observation', description: `entry ${n}`, evidenceIds: [] } });
      return;
    }
    if (ids.length === 0) return;
    const [entryId] = e.kind === 'remove' ? ids.splice(e.index % ids.length, 1) : [ids[e.index % ids.length]];
    events.push(e.kind === 'remove' ? { type: 'TimelineEntryRemoved', data: { entryId } } : { type: 'TimelineEntryRevised', data: { entryId, changes: { at, description: e.description } } });
  });
  return events;
};

const stored = (event: PostmortemEvent, n: number): NewEvent => ({
  id: `event-${n}`,
  type: event.type,
  schemaVersion: 1,
  data: event.data as Record<string, unknown>,
  metadata: { actor: 'alice', timestamp: '2026-03-14T10:00:00Z', correlationId: `c-${n}`, causationId: `c-${n}` },
});

describe('The timeline read model', () => {
  it('writes only the entries a change added or altered, and removes only those it removed', () => {
    const kept = { id: 'a', at: '1' };
    const altered = { id: 'b', at: '2' };
    expect(sectionChanges([kept, altered, { id: 'c', at: '3' }], [kept, { ...altered, at: '4' }, { id: 'd', at: '5' }])).toEqual({
      written: [{ id: 'b', at: '4' }, { id: 'd', at: '5' }],
      removed: ['c'],
    });
  });

  it('whatever the edits and however they fall into batches, holds exactly the timeline of the folded report', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(edit, { maxLength: 40 }), fc.integer({ min: 1, max: 10 }), fc.integer({ min: 1, max: 10 }), async (edits, batchSize, catchUpEvery) => {
        const events = toEvents(edits);
        const store = new InMemoryEventStore();
        const db = openReadModels(':memory:');
        const runner = new ProjectionRunner(store, db, [timelineProjection], { batchSize });
        for (const [n, event] of events.entries()) {
          await store.append('postmortem-pm-1', [stored(event, n)], 'any');
          // Each catch-up ends by dropping the folded states it cached, so the next starts from the stored ones.
          if (n % catchUpEvery === 0) await runner.catchUp();
        }
        await runner.catchUp();

        const report = fold(events);
        const rows = dumpReadModels(db)['rm_timeline'] as { entry_id: string; at: string; description: string }[];
        expect(rows.map((r) => [r.entry_id, r.at, r.description]).sort()).toEqual(report?.timeline.map((e) => [e.id, e.at, e.description]).sort());
        db.close();
      }),
      { numRuns: 100 },
    );
  });
});
