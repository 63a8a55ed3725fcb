import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import type { Principal, Role } from '../principal';
import { issueSecret, parseToken, secretMatches } from './token-secret';

export interface TokenRecord {
  id: string;
  /** Who or what the token is for; recorded as the actor of its changes. */
  name: string;
  roles: Role[];
  teams: string[];
  createdAt: string;
  createdBy: string;
  expiresAt?: string;
  revokedAt?: string;
}

export interface NewToken {
  name: string;
  roles: Role[];
  teams: string[];
  createdBy: string;
  expiresAt?: Date;
}

export type Authentication =
  | { ok: true; principal: Principal }
  | { ok: false; reason: 'malformed' | 'unknown' | 'revoked' | 'expired' };

interface Row {
  id: string;
  name: string;
  roles: string;
  teams: string;
  secret_hash: string;
  created_at: string;
  created_by: string;
  expires_at: string | null;
  revoked_at: string | null;
}

const toRecord = (row: Row): TokenRecord => ({
  id: row.id,
  name: row.name,
  roles: JSON.parse(row.roles),
  teams: JSON.parse(row.teams),
  createdAt: row.created_at,
  createdBy: row.created_by,
  ...(row.expires_at ? { expiresAt: row.expires_at } : {}),
  ...(row.revoked_at ? { revokedAt: row.revoked_at } : {}),
});

/** Local API tokens, kept next to the events in the embedded store's file. */
export class SqliteTokenStore {
  private constructor(private readonly db: Database.Database) {
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = FULL');
    db.pragma('busy_timeout = 5000');
    db.exec(`
      CREATE TABLE IF NOT EXISTS api_tokens (
        id          TEXT PRIMARY KEY,
        name        TEXT NOT NULL,
        roles       TEXT NOT NULL,
        teams       TEXT NOT NULL,
        secret_hash TEXT NOT NULL,
        created_at  TEXT NOT NULL,
        created_by  TEXT NOT NULL,
        expires_at  TEXT,
        revoked_at  TEXT
      ) STRICT;
    `);
  }

  static open(path: string): SqliteTokenStore {
    if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
    return new SqliteTokenStore(new Database(path));
  }

  /** Creates a token; the returned `token` is the only time its secret exists in plain text. */
  create(spec: NewToken, now = new Date()): { token: string; record: TokenRecord } {
    const { id, token, secretHash } = issueSecret();
    this.db
      .prepare(
        `INSERT INTO api_tokens (id, name, roles, teams, secret_hash, created_at, created_by, expires_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(id, spec.name, JSON.stringify(spec.roles), JSON.stringify(spec.teams), secretHash, now.toISOString(), spec.createdBy, spec.expiresAt?.toISOString() ?? null);
    return { token, record: this.get(id) as TokenRecord };
  }

  get(id: string): TokenRecord | undefined {
    const row = this.db.prepare<[string], Row>('SELECT * FROM api_tokens WHERE id = ?').get(id);
    return row && toRecord(row);
  }

  list(): TokenRecord[] {
    return this.db.prepare<[], Row>('SELECT * FROM api_tokens ORDER BY created_at, id').all().map(toRecord);
  }

  count(): number {
    return (this.db.prepare('SELECT count(*) AS n FROM api_tokens').get() as { n: number }).n;
  }

  /** Revokes at once; returns false when there is no such active token. */
  revoke(id: string, now = new Date()): boolean {
    return this.db.prepare('UPDATE api_tokens SET revoked_at = ? WHERE id = ? AND revoked_at IS NULL').run(now.toISOString(), id).changes === 1;
  }

  authenticate(token: string, now = new Date()): Authentication {
    const parsed = parseToken(token);
    if (!parsed) return { ok: false, reason: 'malformed' };
    const row = this.db.prepare<[string], Row>('SELECT * FROM api_tokens WHERE id = ?').get(parsed.id);
    if (!row || !secretMatches(parsed.secret, row.secret_hash)) return { ok: false, reason: 'unknown' };
    if (row.revoked_at) return { ok: false, reason: 'revoked' };
    if (row.expires_at && Date.parse(row.expires_at) <= now.getTime()) return { ok: false, reason: 'expired' };
    const record = toRecord(row);
    return { ok: true, principal: { subject: record.name, roles: record.roles, teams: record.teams, via: 'token', tokenId: record.id } };
  }

  close(): void {
    if (this.db.open) this.db.close();
  }
}
