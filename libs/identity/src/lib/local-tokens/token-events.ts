import type { NewEvent, RecordedEvent } from '@hindsight/event-store';
import type { NoteSigner, NoteVerifier } from '@hindsight/transparency';
import canonicalize from 'canonicalize';
import { randomUUID } from 'node:crypto';
import type { Role } from '../principal';

/**
 * Access changes are events in one stream, covered by the hash chain, the Merkle tree and the
 * checkpoints like every report. A token's creation is signed with the log's key, so a
 * creation written into the database by anyone without that key is refused and reported.
 */
export const ACCESS_STREAM = 'access-tokens';

export interface TokenGrant {
  tokenId: string;
  /** Who or what the token is for; recorded as the actor of its changes. */
  name: string;
  roles: Role[];
  teams: string[];
  /** SHA-256 of the secret, hex; the secret itself exists only in the token handed out. */
  secretHash: string;
  createdAt: string;
  createdBy: string;
  expiresAt: string | null;
}

export interface GrantSignature {
  name: string;
  keyId: string;
  value: string;
}

export type ApiTokenCreated = TokenGrant & { signature: GrantSignature };

const grantBytes = (grant: TokenGrant): Buffer => {
  const { tokenId, name, roles, teams, secretHash, createdAt, createdBy, expiresAt } = grant;
  return Buffer.from(canonicalize({ tokenId, name, roles, teams, secretHash, createdAt, createdBy, expiresAt }) as string, 'utf8');
};

export const signGrant = (grant: TokenGrant, signer: NoteSigner): ApiTokenCreated => ({
  ...grant,
  signature: { name: signer.name, keyId: signer.keyId.toString('hex'), value: signer.sign(grantBytes(grant)).toString('base64') },
});

/** Whether one of the log's keys signed this creation. */
export const grantIsSigned = (created: ApiTokenCreated, keys: readonly NoteVerifier[]): boolean => {
  const key = keys.find((k) => k.name === created.signature?.name && k.keyId.toString('hex') === created.signature?.keyId);
  return !!key && key.verify(grantBytes(created), Buffer.from(created.signature.value, 'base64'));
};

const accessEvent = (type: string, data: Record<string, unknown>, actor: string, at: Date, reason?: string): NewEvent => {
  const id = randomUUID();
  return { id, type, schemaVersion: 1, data, metadata: { actor, timestamp: at.toISOString(), correlationId: id, causationId: id, ...(reason ? { reason } : {}) } };
};

export const tokenCreated = (created: ApiTokenCreated, reason?: string): NewEvent =>
  accessEvent('ApiTokenCreated', { ...created }, created.createdBy, new Date(created.createdAt), reason);

export const tokenRevoked = (tokenId: string, by: string, at: Date): NewEvent => accessEvent('ApiTokenRevoked', { tokenId }, by, at);

/** Recorded once, when the tokens of the table kept before access changes were events are carried into the log. */
export const legacyTokensImported = (tokenIds: string[], at: Date): NewEvent =>
  accessEvent('LegacyTokensImported', { tokenIds }, 'hindsight', at, 'Tokens created before access changes were events, carried into the log once');

export type AccessEvent =
  | { type: 'ApiTokenCreated'; data: ApiTokenCreated }
  | { type: 'ApiTokenRevoked'; data: { tokenId: string } }
  | { type: 'LegacyTokensImported'; data: { tokenIds: string[] } };

export const asAccessEvent = (event: RecordedEvent): AccessEvent | undefined =>
  ['ApiTokenCreated', 'ApiTokenRevoked', 'LegacyTokensImported'].includes(event.type) ? (event as unknown as AccessEvent) : undefined;
