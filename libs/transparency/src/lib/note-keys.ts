import { createHash, createPrivateKey, createPublicKey, generateKeyPairSync, type KeyObject, sign, verify } from 'node:crypto';

/**
 * Ed25519 keys in the encodings of C2SP signed-note: a verifier key ("vkey") is
 * `<name>+<hex key ID>+<base64(type || public key)>`; a signer key is the same behind
 * `PRIVATE+KEY+` with the 32-byte private seed (the format Go's golang.org/x/mod/sumdb/note reads).
 */
export const SIGNATURE_TYPE = { ed25519: 0x01, cosignature: 0x04 } as const;
export type SignatureType = (typeof SIGNATURE_TYPE)[keyof typeof SIGNATURE_TYPE];

export interface NoteVerifier {
  name: string;
  keyId: Buffer;
  type: SignatureType;
  publicKey: Buffer;
  /** Whether `signature` (the bytes after the key ID) signs the note text `text`. */
  verify(text: Buffer, signature: Buffer): boolean;
}

export interface NoteSigner extends NoteVerifier {
  /** The signature bytes for the note text; a cosignature is timestamped with `at`. */
  sign(text: Buffer, at?: Date): Buffer;
  /** The verifier key to publish. */
  vkey: string;
}

export class KeyFormatError extends Error {}

// DER wrappers that turn raw 32-byte Ed25519 keys into what node:crypto loads (RFC 8410).
const PKCS8_PREFIX = Buffer.from('302e020100300506032b657004220420', 'hex');
const SPKI_PREFIX = Buffer.from('302a300506032b6570032100', 'hex');

const publicKeyObject = (raw: Buffer): KeyObject => createPublicKey({ key: Buffer.concat([SPKI_PREFIX, raw]), format: 'der', type: 'spki' });

/** Splits at the first `count - 1` plus signs: base64 key material may hold more. */
const splitPlus = (text: string, count: number): string[] => {
  const parts = text.split('+');
  return [...parts.slice(0, count - 1), parts.slice(count - 1).join('+')];
};

export const keyIdOf = (name: string, type: SignatureType, publicKey: Buffer): Buffer =>
  createHash('sha256').update(Buffer.concat([Buffer.from(`${name}\n`, 'utf8'), Buffer.of(type), publicKey])).digest().subarray(0, 4);

const validName = (name: string): boolean => name.length > 0 && !/[\s+]/u.test(name);

const base64 = (text: string, what: string): Buffer => {
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(text)) throw new KeyFormatError(`${what} is not base64`);
  return Buffer.from(text, 'base64');
};

/**
 * What an Ed25519 key signs. A note signature (0x01) covers the text itself. A cosignature
 * (0x04, C2SP tlog-cosignature) covers `cosignature/v1\ntime <seconds>\n` and the text, and its
 * signature bytes are the 8-byte big-endian timestamp followed by the Ed25519 signature.
 */
const cosignedMessage = (text: Buffer, seconds: bigint): Buffer => Buffer.concat([Buffer.from(`cosignature/v1\ntime ${seconds}\n`, 'utf8'), text]);

const verifierOf = (name: string, type: SignatureType, publicKey: Buffer): NoteVerifier => {
  const key = publicKeyObject(publicKey);
  const verifyEd25519 = (message: Buffer, signature: Buffer) => signature.length === 64 && verify(null, message, key, signature);
  return {
    name,
    type,
    publicKey,
    keyId: keyIdOf(name, type, publicKey),
    verify: (text, signature) =>
      type === SIGNATURE_TYPE.ed25519
        ? verifyEd25519(text, signature)
        : signature.length === 72 && verifyEd25519(cosignedMessage(text, signature.readBigUInt64BE(0)), signature.subarray(8)),
  };
};

/** When a cosignature says it was made: seconds since the epoch. */
export const cosignatureTime = (signature: Buffer): Date | undefined =>
  signature.length === 72 ? new Date(Number(signature.readBigUInt64BE(0)) * 1000) : undefined;

const parseType = (byte: number | undefined): SignatureType => {
  if (byte === SIGNATURE_TYPE.ed25519 || byte === SIGNATURE_TYPE.cosignature) return byte;
  throw new KeyFormatError(`key type 0x${(byte ?? 0).toString(16).padStart(2, '0')} is not Ed25519 (0x01) or an Ed25519 cosignature (0x04)`);
};

/** Reads a vkey, checking that its key ID is the one its name and key give. */
export const parseVerifierKey = (vkey: string): NoteVerifier => {
  const [name, id, key] = splitPlus(vkey.trim(), 3);
  if (!name || !validName(name) || !/^[0-9a-f]{8}$/.test(id ?? '') || !key) {
    throw new KeyFormatError('a verifier key reads <name>+<8 hex digits>+<base64 key>');
  }
  const material = base64(key, 'the key');
  if (material.length !== 33) throw new KeyFormatError('an Ed25519 verifier key holds one type byte and 32 key bytes');
  const verifier = verifierOf(name, parseType(material[0]), material.subarray(1));
  if (verifier.keyId.toString('hex') !== id) throw new KeyFormatError(`the key ID ${id} does not match the key (${verifier.keyId.toString('hex')})`);
  return verifier;
};

const signerOf = (name: string, type: SignatureType, seed: Buffer): NoteSigner => {
  const privateKey = createPrivateKey({ key: Buffer.concat([PKCS8_PREFIX, seed]), format: 'der', type: 'pkcs8' });
  const publicKey = createPublicKey(privateKey).export({ format: 'der', type: 'spki' }).subarray(SPKI_PREFIX.length);
  const verifier = verifierOf(name, type, publicKey);
  return {
    ...verifier,
    sign: (text, at = new Date()) => {
      if (type === SIGNATURE_TYPE.ed25519) return sign(null, text, privateKey);
      const seconds = Buffer.alloc(8);
      seconds.writeBigUInt64BE(BigInt(Math.floor(at.getTime() / 1000)));
      return Buffer.concat([seconds, sign(null, cosignedMessage(text, seconds.readBigUInt64BE(0)), privateKey)]);
    },
    vkey: `${name}+${verifier.keyId.toString('hex')}+${Buffer.concat([Buffer.of(type), publicKey]).toString('base64')}`,
  };
};

/** Reads a `PRIVATE+KEY+<name>+<hex key ID>+<base64(type || seed)>` signer key. */
export const parseSignerKey = (text: string): NoteSigner => {
  const parts = splitPlus(text.trim(), 5);
  if (parts.length !== 5 || parts[0] !== 'PRIVATE' || parts[1] !== 'KEY' || !validName(parts[2])) {
    throw new KeyFormatError('a signer key reads PRIVATE+KEY+<name>+<8 hex digits>+<base64 key>');
  }
  const material = base64(parts[4], 'the key');
  if (material.length !== 33) throw new KeyFormatError('an Ed25519 signer key holds one type byte and a 32-byte seed');
  const signer = signerOf(parts[2], parseType(material[0]), material.subarray(1));
  if (signer.keyId.toString('hex') !== parts[3]) throw new KeyFormatError(`the key ID ${parts[3]} does not match the key`);
  return signer;
};

/** The signer-key text of the Ed25519 key with this 32-byte private seed (RFC 8032). */
export const signerKeyFromSeed = (name: string, type: SignatureType, seed: Buffer): string => {
  if (!validName(name)) throw new KeyFormatError(`a key name must be non-empty, without spaces or '+': ${JSON.stringify(name)}`);
  if (seed.length !== 32) throw new KeyFormatError('an Ed25519 seed is 32 bytes');
  const signer = signerOf(name, type, seed);
  return `PRIVATE+KEY+${name}+${signer.keyId.toString('hex')}+${Buffer.concat([Buffer.of(type), seed]).toString('base64')}`;
};

/** A new Ed25519 key named `name`, as the signer-key text to keep secret. */
export const generateSignerKey = (name: string, type: SignatureType = SIGNATURE_TYPE.ed25519): string =>
  signerKeyFromSeed(name, type, generateKeyPairSync('ed25519').privateKey.export({ format: 'der', type: 'pkcs8' }).subarray(PKCS8_PREFIX.length));
