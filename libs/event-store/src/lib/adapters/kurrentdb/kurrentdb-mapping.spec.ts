import { NO_STREAM, type JSONRecordedEvent, WrongExpectedVersionError } from '@kurrent/kurrentdb-client';
import fc from 'fast-check';
import { WrongExpectedRevisionError } from '../../errors';
import { comparePositions, type Position } from '../../event-store';
import { chainEvents } from '../../hash-chain';
import { newEvent } from '../../../testing/contract-events';
import { decodePosition, encodePosition, isHindsightEvent, toEventData, toRecordedEvent, toWrongExpectedRevision } from './kurrentdb-mapping';

const u64 = fc.bigInt({ min: 0n, max: 2n ** 64n - 1n });

describe('KurrentDB mapping', () => {
  it('encodes positions so that string order is log order, and decodes them back', () =>
    fc.assert(
      fc.property(u64, u64, u64, u64, (c1, p1, c2, p2) => {
        const [a, b] = [encodePosition({ commit: c1, prepare: p1 }), encodePosition({ commit: c2, prepare: p2 })];
        expect(decodePosition(a)).toEqual({ commit: c1, prepare: p1 });
        const logOrder = c1 === c2 ? (p1 === p2 ? 0 : p1 < p2 ? -1 : 1) : c1 < c2 ? -1 : 1;
        expect(comparePositions(a, b)).toBe(logOrder);
      }),
    ));

  it('refuses a position from another kind of store', () => expect(() => decodePosition('000000000000002a' as Position)).toThrow(RangeError));

  it('carries an event and its chain link to the client and back unchanged', () => {
    const [chained] = chainEvents('postmortem-1', [newEvent({ metadata: { ...newEvent().metadata, reason: 'why' } })], undefined);
    const data = toEventData(chained);
    expect(data).toMatchObject({ id: chained.id, type: chained.type, contentType: 'application/json' });
    const recorded = {
      id: data.id,
      streamId: 'postmortem-1',
      revision: 0n,
      type: data.type,
      isJson: true,
      created: new Date(),
      data: data.data,
      metadata: data.metadata,
      position: { commit: 42n, prepare: 42n },
    } as unknown as JSONRecordedEvent;
    expect(toRecordedEvent(recorded, { commit: 42n, prepare: 42n })).toEqual({
      ...chained,
      streamId: 'postmortem-1',
      position: encodePosition({ commit: 42n, prepare: 42n }),
    });
  });

  it("maps the client's concurrency error to the port's", () => {
    const error = new WrongExpectedVersionError(undefined, { streamName: 'postmortem-1', expected: 3n, current: 5n } as never);
    Object.assign(error, { streamName: 'postmortem-1', actualState: 5n });
    const mapped = toWrongExpectedRevision(error, 3n);
    expect(mapped).toBeInstanceOf(WrongExpectedRevisionError);
    expect(mapped).toMatchObject({ streamId: 'postmortem-1', expected: 3n, actual: 5n });
    Object.assign(error, { actualState: NO_STREAM });
    expect(toWrongExpectedRevision(error, 'stream_exists').actual).toBe('no_stream');
  });

  it("keeps only Hindsight's own events from $all", () => {
    expect(isHindsightEvent({ streamId: '$stats-127.0.0.1:2113', metadata: { hash: 'x' } })).toBe(false);
    expect(isHindsightEvent({ streamId: 'orders-1', metadata: {} })).toBe(false);
    expect(isHindsightEvent({ streamId: 'postmortem-1', metadata: { hash: 'abc' } })).toBe(true);
  });
});
