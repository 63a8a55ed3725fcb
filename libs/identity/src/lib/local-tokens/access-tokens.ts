import type { EventStore } from '@hindsight/event-store';
import type { NoteSigner, NoteVerifier } from '@hindsight/transparency';
import type { Role } from '../principal';
import type { LegacyTokenTable } from './legacy-token-table';
import { ACCESS_STREAM, type ApiTokenCreated, legacyTokensImported, signGrant, tokenCreated, tokenRevoked } from './token-events';
import { type Authentication, type TokenRecord, TokenRegistry } from './token-registry';
import { issueSecret } from './token-secret';

export interface NewToken {
  name: string;
  roles: Role[];
  teams: string[];
  createdBy: string;
  expiresAt?: Date;
}

export interface IssuedToken {
  /** The only time the secret exists in plain text. */
  token: string;
  record: TokenRecord;
  /** Settles once the creation is durable in the log. */
  stored: Promise<void>;
}

/**
 * Local API tokens, kept as events in the access stream and read by every instance: each
 * authentication first reads what the stream gained since, so a token revoked through one
 * instance is refused by all at once.
 */
export class AccessTokens {
  private readonly registry: TokenRegistry;
  private nextRevision = 0n;
  private reading: Promise<void> = Promise.resolve();

  constructor(
    private readonly store: EventStore,
    private readonly signer: NoteSigner,
    keys: readonly NoteVerifier[],
  ) {
    this.registry = new TokenRegistry(keys);
  }

  /** Reads the access stream's new events, one reader at a time. */
  refresh(): Promise<void> {
    // A failed read fails its callers, never the reads queued after it.
    this.reading = this.reading.catch(() => undefined).then(async () => {
      const events = await this.store.readStream(ACCESS_STREAM, { fromRevision: this.nextRevision });
      events.forEach((event) => this.registry.apply(event));
      if (events.length > 0) this.nextRevision = events[events.length - 1].revision + 1n;
    });
    return this.reading;
  }

  /** Creates a token at once in this process; `stored` settles when the log holds it. */
  issue(spec: NewToken, now = new Date()): IssuedToken {
    const { id, token, secretHash } = issueSecret();
    const created = signGrant(
      { tokenId: id, name: spec.name, roles: spec.roles, teams: spec.teams, secretHash, createdAt: now.toISOString(), createdBy: spec.createdBy, expiresAt: spec.expiresAt?.toISOString() ?? null },
      this.signer,
    );
    const record = this.registry.grant(created);
    const stored = this.store.append(ACCESS_STREAM, [tokenCreated(created)], 'any').then(() => undefined);
    return { token, record, stored };
  }

  async create(spec: NewToken, now = new Date()): Promise<{ token: string; record: TokenRecord }> {
    const { token, record, stored } = this.issue(spec, now);
    await stored;
    return { token, record };
  }

  /** Revokes at once; false when there is no such active token. */
  async revoke(id: string, by: string, now = new Date()): Promise<boolean> {
    await this.refresh();
    const record = this.registry.get(id);
    if (!record || record.revokedAt) return false;
    await this.store.append(ACCESS_STREAM, [tokenRevoked(id, by, now)], 'any');
    await this.refresh();
    return true;
  }

  async authenticate(token: string, now = new Date()): Promise<Authentication> {
    await this.refresh();
    return this.registry.authenticate(token, now);
  }

  async list(): Promise<TokenRecord[]> {
    await this.refresh();
    return this.registry.list();
  }

  /** Token creations in the log that no key of the log signed. */
  async forged(): Promise<TokenRegistry['forged']> {
    await this.refresh();
    return [...this.registry.forged];
  }

  /**
   * Carries the tokens of the table kept before access changes were events into the log, once,
   * signed now; a row added to that table later is never trusted. Returns how many were carried.
   */
  async importLegacy(table: LegacyTokenTable, now = new Date()): Promise<number> {
    await this.refresh();
    if (this.registry.legacyImported) return 0;
    const rows = table.rows().filter((row) => !this.registry.get(row.id));
    const events = rows.flatMap((row) => {
      const created: ApiTokenCreated = signGrant({ tokenId: row.id, name: row.name, roles: row.roles, teams: row.teams, secretHash: row.secretHash, createdAt: row.createdAt, createdBy: row.createdBy, expiresAt: row.expiresAt }, this.signer);
      return [tokenCreated(created, 'Carried over from the token table kept before access changes were events'), ...(row.revokedAt ? [tokenRevoked(row.id, 'hindsight', new Date(row.revokedAt))] : [])];
    });
    await this.store.append(ACCESS_STREAM, [...events, legacyTokensImported(rows.map((r) => r.id), now)], 'any');
    await this.refresh();
    return rows.length;
  }
}
