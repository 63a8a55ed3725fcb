import { generateSignerKey, type NoteSigner, parseSignerKey, parseVerifierKey, type NoteVerifier, SIGNATURE_TYPE, type SignatureType } from '@hindsight/transparency';
import { appendFileSync, chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
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
