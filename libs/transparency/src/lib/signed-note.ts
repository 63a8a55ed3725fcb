import type { NoteSigner, NoteVerifier } from './note-keys';

/**
 * C2SP signed-note: a text ending in a newline, a blank line, then one line per signature:
 * `— <key name> <base64(4-byte key ID || signature)>`. The signature covers the text,
 * final newline included.
 */
const DASH = '\u2014';

export class NoteError extends Error {}

export interface NoteSignature {
  name: string;
  keyId: Buffer;
  signature: Buffer;
}

export interface Note {
  text: string;
  signatures: NoteSignature[];
}

export const signatureLine = (signer: Pick<NoteSigner, 'name' | 'keyId'>, signature: Buffer): string =>
  `${DASH} ${signer.name} ${Buffer.concat([signer.keyId, signature]).toString('base64')}\n`;

const requireText = (text: string): void => {
  if (!text.endsWith('\n')) throw new NoteError('a note text ends with a newline');
  if (/[\u0000-\u0009\u000b-\u001f]/.test(text)) throw new NoteError('a note holds no control characters other than newline');
};

export const signNote = (text: string, signers: readonly NoteSigner[], at?: Date): string => {
  requireText(text);
  return `${text}\n${signers.map((s) => signatureLine(s, s.sign(Buffer.from(text, 'utf8'), at))).join('')}`;
};

/** Adds signature lines (a witness's cosignatures, say) to a signed note. */
export const addSignatures = (note: string, lines: string): string => `${note}${lines}`;

const parseSignature = (line: string): NoteSignature => {
  const match = new RegExp(`^${DASH} (\\S+) ([A-Za-z0-9+/]+={0,2})$`).exec(line);
  const bytes = match ? Buffer.from(match[2], 'base64') : Buffer.alloc(0);
  if (!match || bytes.length < 5) throw new NoteError(`not a signature line: ${JSON.stringify(line.slice(0, 80))}`);
  return { name: match[1], keyId: bytes.subarray(0, 4), signature: bytes.subarray(4) };
};

/** Splits a note at its last blank line into the text and its signatures. */
export const parseNote = (note: string): Note => {
  if (!note.endsWith('\n')) throw new NoteError('a signed note ends with a newline');
  const split = note.lastIndexOf('\n\n');
  if (split < 0) throw new NoteError('a signed note has a blank line before its signatures');
  const text = note.slice(0, split + 1);
  requireText(text);
  const lines = note.slice(split + 2, -1).split('\n');
  if (lines.length === 0 || lines[0] === '') throw new NoteError('a signed note has at least one signature');
  return { text, signatures: lines.map(parseSignature) };
};

const matches = (signature: NoteSignature, verifier: NoteVerifier): boolean =>
  signature.name === verifier.name && signature.keyId.equals(verifier.keyId);

/**
 * The verifiers among `known` that signed the note. Signatures by unknown keys are ignored;
 * one by a known key that does not verify makes the whole note invalid, as does a note no
 * known key signed.
 */
export const verifyNote = (note: string, known: readonly NoteVerifier[]): { note: Note; signedBy: NoteVerifier[] } => {
  const parsed = parseNote(note);
  const signedBy: NoteVerifier[] = [];
  for (const signature of parsed.signatures) {
    const verifier = known.find((k) => matches(signature, k));
    if (!verifier) continue;
    if (!verifier.verify(Buffer.from(parsed.text, 'utf8'), signature.signature)) throw new NoteError(`the signature of ${verifier.name} does not verify`);
    signedBy.push(verifier);
  }
  if (signedBy.length === 0) throw new NoteError('no trusted key signed this note');
  return { note: parsed, signedBy };
};
