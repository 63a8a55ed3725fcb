export * from './lib/principal';
export * from './lib/policy';
export { looksLikeLocalToken } from './lib/local-tokens/token-secret';
export {
  SqliteTokenStore,
  type Authentication,
  type NewToken,
  type TokenRecord,
} from './lib/local-tokens/sqlite-token-store';
