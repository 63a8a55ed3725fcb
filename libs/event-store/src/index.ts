export * from './lib/event-store';
export * from './lib/errors';
export { GENESIS_HASH, hashEvent, chainEvents, verifyChain, brokenLink, LogVerifier, verifyLog, type ChainVerdict, type BrokenStream } from './lib/hash-chain';
export { formatPosition, parsePosition, isSequencePosition } from './lib/position';
export { copyEvents, type CopyProgress } from './lib/copy-events';
export { InMemoryEventStore, InMemoryLog } from './lib/adapters/in-memory';
export { SqliteEventStore, type SqliteEventStoreOptions } from './lib/adapters/sqlite/sqlite-event-store';
export { KurrentDbEventStore } from './lib/adapters/kurrentdb/kurrentdb-event-store';
export { openEventStore, isServerLocation, describeLocation } from './lib/open-event-store';
