export * from './lib/principal';
export * from './lib/policy';
export { looksLikeLocalToken, issueSecret } from './lib/local-tokens/token-secret';
export { AccessTokens, type NewToken, type IssuedToken } from './lib/local-tokens/access-tokens';
export { TokenRegistry, type TokenRecord, type Authentication, type ForgedGrant } from './lib/local-tokens/token-registry';
export { LegacyTokenTable, type LegacyTokenRow } from './lib/local-tokens/legacy-token-table';
export { ACCESS_STREAM, signGrant, tokenCreated, tokenRevoked, type ApiTokenCreated, type TokenGrant } from './lib/local-tokens/token-events';
