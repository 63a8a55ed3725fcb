export * from './lib/values';
export * from './lib/state';
export * from './lib/events';
export * from './lib/commands';
export * from './lib/errors';
export { evolve, fold } from './lib/evolve';
export { decide } from './lib/decide';
export { entitiesTouched, conflictingEvents, type EntityKey } from './lib/entities';
export * from './lib/priority';
