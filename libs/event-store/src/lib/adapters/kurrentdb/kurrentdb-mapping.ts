import {
  type EventData,
  jsonEvent,
  type JSONEventType,
  type JSONRecordedEvent,
  NO_STREAM,
  type Position as KurrentPosition,
  type WrongExpectedVersionError,
} from '@kurrent/kurrentdb-client';
import { WrongExpectedRevisionError } from '../../errors';
import type { ChainLink, EventMetadata, ExpectedRevision, NewEvent, Position, RecordedEvent, StreamRevision } from '../../event-store';

/**
 * Pure translations between the port's types and the official client's. Tested everywhere;
 * the adapter that uses them needs a server.
 */

const HEX = 16;

/** KurrentDB positions are (commit, prepare) pairs: fixed-width hex of both keeps string order = log order. */
export const encodePosition = ({ commit, prepare }: KurrentPosition): Position =>
  `${commit.toString(16).padStart(HEX, '0')}${prepare.toString(16).padStart(HEX, '0')}` as Position;

export const decodePosition = (position: Position): KurrentPosition => {
  if (!/^[0-9a-f]{32}$/.test(position)) throw new RangeError(`'${position}' is not a KurrentDB position`);
  return { commit: BigInt(`0x${position.slice(0, HEX)}`), prepare: BigInt(`0x${position.slice(HEX)}`) };
};

/** What travels in the event's metadata: ours, plus the schema version the port keeps beside the data. */
export type StoredMetadata = EventMetadata & ChainLink & { schemaVersion: number };

type HindsightEventType = JSONEventType<string, Record<string, unknown>, StoredMetadata>;

export const toEventData = (event: NewEvent & { metadata: EventMetadata & ChainLink }): EventData<HindsightEventType> =>
  jsonEvent<HindsightEventType>({
    id: event.id,
    type: event.type,
    data: event.data,
    metadata: { ...event.metadata, schemaVersion: event.schemaVersion },
  });

export const toRecordedEvent = (event: JSONRecordedEvent, position: KurrentPosition): RecordedEvent => {
  const { schemaVersion, ...metadata } = event.metadata as unknown as StoredMetadata;
  return {
    id: event.id,
    streamId: event.streamId,
    revision: event.revision,
    position: encodePosition(position),
    type: event.type,
    schemaVersion,
    data: event.data as Record<string, unknown>,
    metadata,
  };
};

/** The client's concurrency error in the port's terms. */
export const toWrongExpectedRevision = (error: WrongExpectedVersionError, expected: ExpectedRevision): WrongExpectedRevisionError =>
  new WrongExpectedRevisionError(error.streamName, expected, error.actualState === NO_STREAM ? 'no_stream' : (error.actualState as StreamRevision));

/** Streams Hindsight writes; everything else in $all (system streams, other tenants' data) is not ours. */
export const isHindsightEvent = (event: { streamId: string; metadata?: unknown; isJson?: boolean }): boolean =>
  !event.streamId.startsWith('$') && typeof (event.metadata as { hash?: unknown } | undefined)?.hash === 'string';
