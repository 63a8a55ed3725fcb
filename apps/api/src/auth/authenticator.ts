import { type AccessTokens, type LegacyTokenTable, looksLikeLocalToken, type Principal } from '@hindsight/identity';
import { Inject, Injectable, Optional } from '@nestjs/common';
import { Unauthenticated } from './auth-errors';
import { OidcVerifier } from './oidc-verifier';
import { IntegrityMonitor } from '../transparency/integrity-monitor';

export const ACCESS_TOKENS = Symbol('AccessTokens');
export const LEGACY_TOKENS = Symbol('LegacyTokenTable');

/** Turns an Authorization header into a principal: a local API token, or an OIDC JWT when configured. */
@Injectable()
export class Authenticator {
  constructor(
    @Inject(ACCESS_TOKENS) private readonly tokens: AccessTokens,
    @Inject(LEGACY_TOKENS) private readonly legacy: LegacyTokenTable,
    @Inject(IntegrityMonitor) private readonly integrity: IntegrityMonitor,
    @Optional() @Inject(OidcVerifier) private readonly oidc?: OidcVerifier,
  ) {}

  async authenticate(authorization: string | undefined): Promise<Principal> {
    const match = /^Bearer ([\x21-\x7e]{1,8192})$/.exec(authorization ?? '');
    if (!match) throw new Unauthenticated(authorization ? 'malformed Authorization header' : 'no Authorization header');
    const token = match[1];
    if (looksLikeLocalToken(token)) {
      const result = await this.tokens.authenticate(token);
      if (!result.ok && result.reason === 'unknown' && this.legacy.holds(token)) {
        // It would have worked when tokens were rows: someone wrote it into that table behind the log's back.
        this.integrity.raise(`A token found only in the old api_tokens table, not in the log, was used to sign in (${token.slice(0, 20)}…); it was refused`);
      }
      if (!result.ok) throw new Unauthenticated(`local token ${result.reason}`);
      return result.principal;
    }
    if (!this.oidc) throw new Unauthenticated('not a local token, and OIDC is not configured');
    return this.oidc.verify(token);
  }
}
