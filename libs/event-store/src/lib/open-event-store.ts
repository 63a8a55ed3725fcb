import { KurrentDbEventStore } from './adapters/kurrentdb/kurrentdb-event-store';
import { SqliteEventStore } from './adapters/sqlite/sqlite-event-store';
import type { EventStore } from './event-store';

/** `kurrentdb://…` (or the older `esdb://…`) is a KurrentDB / EventStoreDB server; anything else is an embedded SQLite file. */
export const isServerLocation = (location: string): boolean => /^(kurrentdb|kdb|esdb)(\+discover)?:\/\//.test(location);

export const openEventStore = (location: string, options: { maxAppendBytes?: number } = {}): EventStore =>
  isServerLocation(location) ? KurrentDbEventStore.connect(location, options) : SqliteEventStore.open(location.replace(/^sqlite:/, ''), options);

/** For messages: the location without credentials. */
export const describeLocation = (location: string): string => location.replace(/\/\/[^@/]*@/, '//***@');
