import type { RecordedEvent } from '@hindsight/event-store';
import type { NoteVerifier } from '@hindsight/transparency';
import type { Principal } from '../principal';
import { type ApiTokenCreated, asAccessEvent, grantIsSigned } from './token-events';
import { parseToken, secretMatches } from './token-secret';

export interface TokenRecord {
  id: string;
  name: string;
  roles: ApiTokenCreated['roles'];
  teams: string[];
  createdAt: string;
  createdBy: string;
  expiresAt?: string;
  revokedAt?: string;
}

export type Authentication =
  | { ok: true; principal: Principal }
  | { ok: false; reason: 'malformed' | 'unknown' | 'revoked' | 'expired' };

/** A creation in the log that no key of the log signed: written behind the log's back. */
export interface ForgedGrant {
  tokenId: string;
  streamRevision: string;
  position: string;
}

/** The tokens as the access stream says they are, folded in memory. */
export class TokenRegistry {
  private readonly tokens = new Map<string, { record: TokenRecord; secretHash: string }>();
  readonly forged: ForgedGrant[] = [];
  legacyImported = false;

  constructor(private readonly keys: readonly NoteVerifier[]) {}

  apply(event: RecordedEvent): void {
    const access = asAccessEvent(event);
    if (access?.type === 'ApiTokenCreated') {
      if (!grantIsSigned(access.data, this.keys)) {
        this.forged.push({ tokenId: String(access.data.tokenId), streamRevision: event.revision.toString(), position: event.position });
        return;
      }
      this.grant(access.data);
    } else if (access?.type === 'ApiTokenRevoked') {
      const token = this.tokens.get(access.data.tokenId);
      if (token && !token.record.revokedAt) token.record.revokedAt = event.metadata.timestamp;
    } else if (access?.type === 'LegacyTokensImported') {
      this.legacyImported = true;
    }
  }

  /** Adds a token this process has just signed, before its event is read back. */
  grant({ tokenId, name, roles, teams, createdAt, createdBy, expiresAt, secretHash }: ApiTokenCreated): TokenRecord {
    const existing = this.tokens.get(tokenId);
    if (existing) return existing.record;
    const record: TokenRecord = { id: tokenId, name, roles, teams, createdAt, createdBy, ...(expiresAt ? { expiresAt } : {}) };
    this.tokens.set(tokenId, { record, secretHash });
    return record;
  }

  get(id: string): TokenRecord | undefined {
    return this.tokens.get(id)?.record;
  }

  list(): TokenRecord[] {
    return [...this.tokens.values()].map((t) => t.record).sort((a, b) => a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id));
  }

  get size(): number {
    return this.tokens.size;
  }

  authenticate(token: string, now = new Date()): Authentication {
    const parsed = parseToken(token);
    if (!parsed) return { ok: false, reason: 'malformed' };
    const found = this.tokens.get(parsed.id);
    if (!found || !secretMatches(parsed.secret, found.secretHash)) return { ok: false, reason: 'unknown' };
    const { record } = found;
    if (record.revokedAt) return { ok: false, reason: 'revoked' };
    if (record.expiresAt && Date.parse(record.expiresAt) <= now.getTime()) return { ok: false, reason: 'expired' };
    return { ok: true, principal: { subject: record.name, roles: record.roles, teams: record.teams, via: 'token', tokenId: record.id } };
  }
}
