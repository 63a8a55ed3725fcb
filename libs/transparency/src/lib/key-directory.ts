import { generateSignerKey, type NoteSigner, parseSignerKey, parseVerifierKey, type NoteVerifier, SIGNATURE_TYPE, type SignatureType } from './note-keys';
import { appendFileSync, chmodSync, existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';

export interface LogKeys {
  /** The key checkpoints are signed with now. */
  signer: NoteSigner;
  /** Every verifier key this log has signed with, the current one first: rotation keeps old checkpoints verifiable. */
  vkeys: string[];
  verifiers: NoteVerifier[];
}

const KEY_FILE = { log: 'log.key', witness: 'witness.key' } as const;
const HISTORY_FILE = { log: 'log-keys.txt', witness: 'witness-keys.txt' } as const;

/**
 * The key in `dir`, created on first use: the directory is 0700 and the key file 0600, and
 * every public key ever used is appended to a history file beside it. `announce` is told of a
 * new key, so an operator can pin its public half.
 */
const keyIn = (dir: string, kind: keyof typeof KEY_FILE, type: SignatureType, announce: (vkey: string) => void): string => {
  const file = join(dir, KEY_FILE[kind]);
  if (existsSync(file)) return readFileSync(file, 'utf8').trim();
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  chmodSync(dir, 0o700);
  const name = `hindsight.local/${kind}-${randomBytes(4).toString('hex')}`;
  const key = generateSignerKey(name, type);
  writeFileSync(file, `${key}\n`, { mode: 0o600, flag: 'wx' });
  const vkey = parseSignerKey(key).vkey;
  appendFileSync(join(dir, HISTORY_FILE[kind]), `${vkey}\n`, { mode: 0o644 });
  announce(vkey);
  return key;
};

const history = (dir: string, kind: keyof typeof HISTORY_FILE): string[] => {
  const file = join(dir, HISTORY_FILE[kind]);
  return existsSync(file) ? readFileSync(file, 'utf8').split('\n').map((l) => l.trim()).filter(Boolean) : [];
};

const keysOf = (signer: NoteSigner, earlier: string[]): LogKeys => {
  const vkeys = [signer.vkey, ...[...earlier].reverse().filter((vkey) => vkey !== signer.vkey)];
  return { signer, vkeys, verifiers: vkeys.map(parseVerifierKey) };
};

/** The log's signing key: configured, or kept in the key directory. */
export const loadLogKeys = (configured: string | undefined, dir: string, announce: (vkey: string) => void): LogKeys => {
  const signer = parseSignerKey(configured ?? keyIn(dir, 'log', SIGNATURE_TYPE.ed25519, announce));
  return keysOf(signer, history(dir, 'log'));
};

/** The key this instance cosigns other logs' checkpoints with, when it is their witness. */
export const loadWitnessKey = (dir: string, announce: (vkey: string) => void): NoteSigner =>
  parseSignerKey(keyIn(dir, 'witness', SIGNATURE_TYPE.cosignature, announce));

/**
 * Replaces the log's key in `dir` with a new one under the same name (the origin stays), keeping
 * the old one beside it as `log.key.retired-<time>` and its public key in the history, so
 * checkpoints it signed still verify. Returns the new verifier key.
 */
export const rotateLogKey = (dir: string, now: Date = new Date()): { previous: string; current: string } => {
  const file = join(dir, KEY_FILE.log);
  if (!existsSync(file)) throw new Error(`No log key in ${dir} to rotate`);
  const old = parseSignerKey(readFileSync(file, 'utf8').trim());
  const key = generateSignerKey(old.name, SIGNATURE_TYPE.ed25519);
  renameSync(file, `${file}.retired-${now.toISOString().replace(/[:.]/g, '-')}`);
  writeFileSync(file, `${key}\n`, { mode: 0o600, flag: 'wx' });
  const current = parseSignerKey(key).vkey;
  appendFileSync(join(dir, HISTORY_FILE.log), `${current}\n`);
  return { previous: old.vkey, current };
};

/** The public keys this log has signed with, newest first, from the key directory's history. */
export const logKeyHistory = (dir: string): string[] => [...history(dir, 'log')].reverse();
