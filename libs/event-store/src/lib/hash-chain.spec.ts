import fc from 'fast-check';
import type { RecordedEvent } from './event-store';
import { chainEvents, GENESIS_HASH, verifyChain } from './hash-chain';
import { formatPosition } from './position';
import { newEvent } from '../testing/contract-events';

const stream = (length: number): RecordedEvent[] =>
  chainEvents('postmortem-1', Array.from({ length }, () => newEvent()), undefined).map((e, i) => ({
    ...e,
    streamId: 'postmortem-1',
    position: formatPosition(BigInt(i + 1)),
  }));

describe('Hash chain verification', () => {
  it('accepts an untouched stream and reports its head', () => {
    const events = stream(4);
    expect(verifyChain(events)).toEqual({ valid: true, events: 4, head: events[3].metadata.hash });
  });

  it('accepts an empty stream', () => expect(verifyChain([])).toEqual({ valid: true, events: 0, head: GENESIS_HASH }));

  it('finds a changed payload at exactly that event', () => {
    const events = stream(5);
    events[2] = { ...events[2], data: { ...events[2].data, text: 'rewritten' } };
    expect(verifyChain(events)).toMatchObject({ valid: false, brokenAt: 2n, reason: expect.stringMatching(/content/) });
  });

  it('finds a changed actor', () => {
    const events = stream(3);
    events[1] = { ...events[1], metadata: { ...events[1].metadata, actor: 'mallory' } };
    expect(verifyChain(events)).toMatchObject({ valid: false, brokenAt: 1n });
  });

  it('finds a deleted event where the gap starts', () => {
    const events = stream(4);
    events.splice(1, 1);
    expect(verifyChain(events)).toMatchObject({ valid: false, brokenAt: 2n });
  });

  it('finds two swapped events', () => {
    const events = stream(4);
    [events[1], events[2]] = [events[2], events[1]];
    expect(verifyChain(events)).toMatchObject({ valid: false, brokenAt: 2n });
  });

  it('detects any change to any field of any event', () =>
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 6 }).chain((n) => fc.tuple(fc.constant(n), fc.nat(n - 1))),
        fc.constantFrom('type', 'schemaVersion', 'data', 'actor', 'timestamp', 'reason', 'prevHash', 'hash'),
        ([length, index], field) => {
          const events = stream(length);
          const e = events[index];
          const tampered: RecordedEvent =
            field === 'type' ? { ...e, type: `${e.type}X` }
            : field === 'schemaVersion' ? { ...e, schemaVersion: e.schemaVersion + 1 }
            : field === 'data' ? { ...e, data: { ...e.data, extra: 1 } }
            : { ...e, metadata: { ...e.metadata, [field]: `${String(e.metadata[field as 'actor'])}x` } };
          events[index] = tampered;
          const verdict = verifyChain(events);
          expect(verdict.valid).toBe(false);
          if (!verdict.valid) expect(verdict.brokenAt).toBe(BigInt(index));
        },
      ),
    ));
});
