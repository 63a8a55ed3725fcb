import { fold, type PostmortemEvent } from '@hindsight/domain';
import { InMemoryEventStore } from '@hindsight/event-store';
import { generateHistory } from './generate-history';
import { writeHistory } from './write-history';

const end = new Date('2026-11-01T00:00:00Z');

describe('The demo history', () => {
  const steps = generateHistory({ end });

  it('is the same for the same seed', () => expect(generateHistory({ end })).toEqual(steps));

  it('holds 200 incidents over 18 months, the e-commerce sale among them', () => {
    const drafts = steps.filter((s) => s.command.type === 'DraftPostmortem');
    expect(drafts).toHaveLength(200);
    const times = drafts.map((s) => Date.parse((s.command as { data: { facts: { occurredAt: string } } }).data.facts.occurredAt));
    expect(Math.min(...times)).toBeLessThan(end.getTime() - 17 * 30 * 86_400_000);
    expect(Math.max(...times)).toBeLessThanOrEqual(end.getTime());
    expect(drafts.some((s) => JSON.stringify(s.command).includes('spring sale'))).toBe(true);
  });

  it('never happens after its end, and is in time order', () => {
    expect(steps.every((s) => Date.parse(s.at) <= end.getTime())).toBe(true);
    expect(steps.map((s) => s.at)).toEqual([...steps.map((s) => s.at)].sort());
  });

  it('is accepted by the domain, command after command', async () => {
    const store = new InMemoryEventStore();
    const events = await writeHistory(store, steps);
    expect(events).toBeGreaterThan(steps.length * 0.99);
    const all = await store.readAll();
    expect(all).toHaveLength(events);
    expect(all.filter((e) => e.type === 'PostmortemPublished').length).toBeGreaterThan(150);
    expect(all.filter((e) => e.type === 'ActionItemCompleted').length).toBeGreaterThan(100);
  });

  it('holds every review state, most reports published', async () => {
    const store = new InMemoryEventStore();
    await writeHistory(store, steps);
    const byStream = new Map<string, PostmortemEvent[]>();
    for (const e of await store.readAll()) byStream.set(e.streamId, [...(byStream.get(e.streamId) ?? []), e as unknown as PostmortemEvent]);
    const reports = [...byStream.values()];
    const status = (events: PostmortemEvent[]) => fold(events)?.status;
    const count = (test: (events: PostmortemEvent[]) => boolean) => reports.filter(test).length;
    expect(count((r) => status(r) === 'published')).toBeGreaterThan(140);
    expect(count((r) => status(r) === 'draft' && !r.some((e) => e.type === 'ReviewRequested'))).toBeGreaterThan(3);
    expect(count((r) => r.some((e) => e.type === 'ChangesRequested'))).toBeGreaterThan(15);
    expect(count((r) => r.some((e) => e.type === 'PostmortemReopened'))).toBeGreaterThan(2);
    expect(count((r) => status(r) === 'in_review' || status(r) === 'approved')).toBeGreaterThan(0);
  });

  it('reports its SEV1 incidents under DORA, every filing accepted', async () => {
    const store = new InMemoryEventStore();
    await writeHistory(store, steps);
    const all = await store.readAll();
    const regulated = all.filter((e) => e.type === 'PostmortemDrafted' && JSON.stringify(e.data).includes('eu-dora'));
    const filings = all.filter((e) => e.type === 'CommunicationPlanned' && (e.data as { filing?: unknown }).filing);
    expect(regulated.length).toBeGreaterThan(5);
    expect(filings.length).toBe(steps.filter((s) => s.command.type === 'PlanCommunication' && 'filing' in s.command.data).length);
    expect(filings.length).toBeGreaterThan(regulated.length);
  });
});
