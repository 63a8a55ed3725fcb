import { existsSync } from 'node:fs';
import Database from 'better-sqlite3';
import type { Role } from '../principal';
import { parseToken, secretMatches } from './token-secret';

export interface LegacyTokenRow {
  id: string;
  name: string;
  roles: Role[];
  teams: string[];
  secretHash: string;
  createdAt: string;
  createdBy: string;
  expiresAt: string | null;
  revokedAt: string | null;
}

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

/**
 * The `api_tokens` table where tokens were kept before access changes were events. It is read
 * once, to carry its tokens into the log, and afterwards only to report a row that is not in
 * the log: one inserted behind the log's back.
 */
export class LegacyTokenTable {
  private constructor(private readonly db: Database.Database | undefined) {}

  static open(path: string): LegacyTokenTable {
    if (path === ':memory:' || !existsSync(path)) return new LegacyTokenTable(undefined);
    const db = new Database(path, { fileMustExist: true });
    db.pragma('busy_timeout = 5000');
    const exists = db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'api_tokens'").get();
    if (!exists) {
      db.close();
      return new LegacyTokenTable(undefined);
    }
    return new LegacyTokenTable(db);
  }

  rows(): LegacyTokenRow[] {
    if (!this.db) return [];
    return this.db
      .prepare<[], Row>('SELECT * FROM api_tokens ORDER BY created_at, id')
      .all()
      .map((row) => ({
        id: row.id,
        name: row.name,
        roles: JSON.parse(row.roles),
        teams: JSON.parse(row.teams),
        secretHash: row.secret_hash,
        createdAt: row.created_at,
        createdBy: row.created_by,
        expiresAt: row.expires_at,
        revokedAt: row.revoked_at,
      }));
  }

  /** Whether `token` matches a row of the table: a token that would have worked before. */
  holds(token: string): boolean {
    const parsed = parseToken(token);
    if (!parsed || !this.db) return false;
    const row = this.db.prepare<[string], { secret_hash: string }>('SELECT secret_hash FROM api_tokens WHERE id = ?').get(parsed.id);
    return !!row && secretMatches(parsed.secret, row.secret_hash);
  }

  close(): void {
    if (this.db?.open) this.db.close();
  }
}
