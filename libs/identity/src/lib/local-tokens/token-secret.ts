import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

/**
 * A local API token is `hst_<id>_<secret>`: the id finds the record, the secret proves
 * possession. Only SHA-256 of the secret is stored; 256 random bits need no slow hash.
 */
const PREFIX = 'hst';
const FORMAT = /^hst_([a-z0-9]{16})_([A-Za-z0-9_-]{43})$/;

export interface IssuedSecret {
  id: string;
  token: string;
  secretHash: string;
}

export const issueSecret = (): IssuedSecret => {
  const id = randomBytes(10).toString('hex').slice(0, 16);
  const secret = randomBytes(32).toString('base64url');
  return { id, token: `${PREFIX}_${id}_${secret}`, secretHash: hashSecret(secret) };
};

export const parseToken = (token: string): { id: string; secret: string } | undefined => {
  const match = FORMAT.exec(token);
  return match ? { id: match[1], secret: match[2] } : undefined;
};

export const looksLikeLocalToken = (token: string): boolean => token.startsWith(`${PREFIX}_`);

export const hashSecret = (secret: string): string => createHash('sha256').update(secret).digest('hex');

export const secretMatches = (secret: string, storedHash: string): boolean => {
  const given = Buffer.from(hashSecret(secret), 'hex');
  const stored = Buffer.from(storedHash, 'hex');
  return given.length === stored.length && timingSafeEqual(given, stored);
};
