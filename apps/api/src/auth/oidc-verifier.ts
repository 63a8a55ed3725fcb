import { isRole, type Principal } from '@hindsight/identity';
import { createRemoteJWKSet, type JWTPayload, jwtVerify } from 'jose';
import type { OidcConfig } from '../config/config';
import { Unauthenticated } from './auth-errors';

/** Asymmetric algorithms only: `none` and shared-secret HMAC can never pass. */
const ALGORITHMS = ['RS256', 'RS384', 'RS512', 'PS256', 'PS384', 'PS512', 'ES256', 'ES384', 'ES512', 'EdDSA'];

const claimAt = (payload: JWTPayload, path: string): unknown =>
  path.split('.').reduce<unknown>((value, key) => (value && typeof value === 'object' ? (value as Record<string, unknown>)[key] : undefined), payload);

const strings = (value: unknown): string[] =>
  Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : typeof value === 'string' ? value.split(/[\s,]+/).filter(Boolean) : [];

/** Verifies bearer JWTs against the identity provider's published keys (JWKS). */
export class OidcVerifier {
  private readonly keys;

  constructor(private readonly config: OidcConfig) {
    this.keys = createRemoteJWKSet(new URL(config.jwksUrl), { timeoutDuration: 5_000 });
  }

  async verify(token: string): Promise<Principal> {
    const { payload } = await jwtVerify(token, this.keys, {
      issuer: this.config.issuer,
      audience: this.config.audience,
      algorithms: ALGORITHMS,
      requiredClaims: ['exp', 'sub'],
    }).catch((error: Error) => {
      throw new Unauthenticated(`JWT refused: ${error.message}`);
    });
    const subject = claimAt(payload, this.config.subjectClaim);
    if (typeof subject !== 'string' || subject.length === 0) throw new Unauthenticated(`JWT has no '${this.config.subjectClaim}' claim`);
    return {
      subject,
      roles: strings(claimAt(payload, this.config.rolesClaim)).filter(isRole),
      teams: strings(claimAt(payload, this.config.teamsClaim)),
      via: 'oidc',
    };
  }
}
