import type Database from 'better-sqlite3';
import { type Checkpoint, parseCheckpointText } from './checkpoint';
import { parseNote } from './signed-note';

export interface IssuedCheckpoint {
  checkpoint: Checkpoint;
  /** The signed note, with any witnesses' cosignatures. */
  note: string;
  issuedAt: string;
}

/** The checkpoints this instance signed, beside the tree. */
export class CheckpointLog {
  private readonly statements;

  constructor(db: Database.Database) {
    db.exec('CREATE TABLE IF NOT EXISTS tlog_checkpoints (size INTEGER PRIMARY KEY, note TEXT NOT NULL, issued_at TEXT NOT NULL) STRICT');
    this.statements = {
      latest: db.prepare<[], { note: string; issued_at: string }>('SELECT note, issued_at FROM tlog_checkpoints ORDER BY size DESC LIMIT 1'),
      at: db.prepare<[number], { note: string; issued_at: string }>('SELECT note, issued_at FROM tlog_checkpoints WHERE size = ?'),
      atOrAfter: db.prepare<[number], { note: string; issued_at: string }>('SELECT note, issued_at FROM tlog_checkpoints WHERE size >= ? ORDER BY size LIMIT 1'),
      insert: db.prepare('INSERT OR REPLACE INTO tlog_checkpoints (size, note, issued_at) VALUES (?, ?, ?)'),
      clear: db.prepare('DELETE FROM tlog_checkpoints'),
    };
  }

  latest(): IssuedCheckpoint | undefined {
    return this.read(this.statements.latest.get());
  }

  at(size: number): IssuedCheckpoint | undefined {
    return this.read(this.statements.at.get(size));
  }

  /** The first checkpoint whose tree holds leaf `index`. */
  covering(index: number): IssuedCheckpoint | undefined {
    return this.read(this.statements.atOrAfter.get(index + 1));
  }

  record({ checkpoint, note, issuedAt }: IssuedCheckpoint): void {
    this.statements.insert.run(checkpoint.size, note, issuedAt);
  }

  private read(row: { note: string; issued_at: string } | undefined): IssuedCheckpoint | undefined {
    return row && { note: row.note, issuedAt: row.issued_at, checkpoint: parseCheckpointText(parseNote(row.note).text) };
  }
}
