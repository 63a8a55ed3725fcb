import type Database from 'better-sqlite3';
import { parseCheckpointText } from './checkpoint';
import type { NoteSigner, NoteVerifier } from './note-keys';
import { NoteError, parseNote, signatureLine, verifyNote } from './signed-note';
import { judgeCheckpoint } from './witness-rules';
import { parseAddCheckpoint } from './witness-protocol';

export type WitnessAnswer =
  | { status: 200; cosignatures: string }
  | { status: 409; witnessedSize: number }
  | { status: 400 | 403 | 404 | 422; reason: string };

/**
 * The witness side of C2SP tlog-witness: for each log it trusts (by public key, one origin
 * each) it keeps the newest checkpoint it cosigned, and cosigns a new one only with a proof
 * that it extends that one. Refusals of signed checkpoints are kept as evidence of a fork.
 */
export class WitnessService {
  private readonly statements;
  private readonly check;

  constructor(
    db: Database.Database,
    private readonly logs: readonly NoteVerifier[],
    private readonly cosigner: NoteSigner,
    private readonly now: () => Date = () => new Date(),
  ) {
    db.exec(`
      CREATE TABLE IF NOT EXISTS witness_latest (origin TEXT PRIMARY KEY, size INTEGER NOT NULL, root BLOB NOT NULL, note TEXT NOT NULL, at TEXT NOT NULL) STRICT;
      CREATE TABLE IF NOT EXISTS witness_refusals (id INTEGER PRIMARY KEY, origin TEXT NOT NULL, status INTEGER NOT NULL, reason TEXT NOT NULL, request TEXT NOT NULL, at TEXT NOT NULL) STRICT;
    `);
    this.statements = {
      latest: db.prepare<[string], { size: number; root: Buffer; note: string }>('SELECT size, root, note FROM witness_latest WHERE origin = ?'),
      save: db.prepare('INSERT OR REPLACE INTO witness_latest (origin, size, root, note, at) VALUES (?, ?, ?, ?, ?)'),
      refuse: db.prepare('INSERT INTO witness_refusals (origin, status, reason, request, at) VALUES (?, ?, ?, ?, ?)'),
      refusals: db.prepare<[], { origin: string; status: number; reason: string; at: string }>('SELECT origin, status, reason, at FROM witness_refusals ORDER BY id DESC LIMIT 100'),
    };
    // Checking against the stored checkpoint and replacing it is one transaction (the spec's race).
    this.check = db.transaction((origin: string, body: string, request: ReturnType<typeof parseAddCheckpoint>, text: string): WitnessAnswer => {
      const checkpoint = parseCheckpointText(text);
      const verdict = judgeCheckpoint(this.statements.latest.get(origin), request.oldSize, request.proof, checkpoint);
      if (!verdict.accepted) {
        // A stale old size (409) is routine; a signed checkpoint that does not extend the last one is evidence.
        if (verdict.status === 422) this.statements.refuse.run(origin, verdict.status, verdict.reason, body, this.now().toISOString());
        return verdict.status === 409 ? { status: 409, witnessedSize: verdict.witnessedSize } : { status: verdict.status, reason: verdict.reason };
      }
      this.statements.save.run(origin, checkpoint.size, checkpoint.root, request.note, this.now().toISOString());
      return { status: 200, cosignatures: signatureLine(this.cosigner, this.cosigner.sign(Buffer.from(text, 'utf8'), this.now())) };
    });
  }

  get vkey(): string {
    return this.cosigner.vkey;
  }

  addCheckpoint(body: string): WitnessAnswer {
    let request: ReturnType<typeof parseAddCheckpoint>;
    let text: string;
    try {
      request = parseAddCheckpoint(body);
      text = parseNote(request.note).text;
      parseCheckpointText(text);
    } catch (error) {
      return { status: 400, reason: (error as Error).message };
    }
    const origin = text.slice(0, text.indexOf('\n'));
    const keys = this.logs.filter((key) => key.name === origin);
    if (keys.length === 0) return { status: 404, reason: `this witness does not follow the log ${origin}` };
    try {
      verifyNote(request.note, keys);
    } catch (error) {
      if (!(error instanceof NoteError)) throw error;
      return { status: 403, reason: error.message };
    }
    return this.check.immediate(origin, body, request, text);
  }

  /** The newest refusals: each is a signed checkpoint that did not extend what this witness saw. */
  refusals(): { origin: string; status: number; reason: string; at: string }[] {
    return this.statements.refusals.all();
  }
}
