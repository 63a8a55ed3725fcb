import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { exportJWK, generateKeyPair, type JWTPayload, SignJWT } from 'jose';
import type { OidcConfig } from '../config/config';

/**
 * A stand-in for an organisation's identity provider, on loopback: it publishes a real
 * JWKS and signs real RS256 tokens, so the API's OIDC path runs unchanged.
 */
export interface IdentityProvider {
  config: OidcConfig;
  /** A valid token for `claims` (sub, roles, teams …), expiring in an hour unless `exp` is given. */
  sign(claims: JWTPayload, options?: { audience?: string; issuer?: string }): Promise<string>;
  /** Same header and claims, signed with a key the provider never published. */
  forge(claims: JWTPayload): Promise<string>;
  stop(): Promise<void>;
}

const ISSUER = 'https://id.test.example';
const AUDIENCE = 'hindsight';

export const startIdentityProvider = async (): Promise<IdentityProvider> => {
  const real = await generateKeyPair('RS256');
  const rogue = await generateKeyPair('RS256');
  const jwk = { ...(await exportJWK(real.publicKey)), kid: 'k1', alg: 'RS256', use: 'sig' };
  const server: Server = createServer((_, response) => {
    response.writeHead(200, { 'content-type': 'application/json' });
    response.end(JSON.stringify({ keys: [jwk] }));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;

  const signWith = (key: typeof real.privateKey, claims: JWTPayload, options: { audience?: string; issuer?: string } = {}) =>
    new SignJWT(claims)
      .setProtectedHeader({ alg: 'RS256', kid: 'k1' })
      .setIssuer(options.issuer ?? ISSUER)
      .setAudience(options.audience ?? AUDIENCE)
      .setIssuedAt()
      .setExpirationTime(claims.exp ?? '1h')
      .sign(key);

  return {
    config: {
      issuer: ISSUER,
      audience: AUDIENCE,
      jwksUrl: `http://127.0.0.1:${port}/jwks`,
      subjectClaim: 'email',
      rolesClaim: 'hindsight.roles',
      teamsClaim: 'groups',
    },
    sign: (claims, options) => signWith(real.privateKey, claims, options),
    forge: (claims) => signWith(rogue.privateKey, claims),
    stop: () => new Promise((resolve) => server.close(() => resolve())),
  };
};

/** An unsigned token (`alg: none`) with the given claims. */
export const unsignedToken = (claims: JWTPayload): string => {
  const encode = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');
  const now = Math.floor(Date.now() / 1000);
  return `${encode({ alg: 'none', typ: 'JWT' })}.${encode({ iss: ISSUER, aud: AUDIENCE, iat: now, exp: now + 3600, ...claims })}.`;
};
