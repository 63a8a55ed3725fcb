import { looksLikeLocalToken, type Principal, SqliteTokenStore } from '@hindsight/identity';
import { Inject, Injectable, Optional } from '@nestjs/common';
import { Unauthenticated } from './auth-errors';
import { OidcVerifier } from './oidc-verifier';

export const TOKEN_STORE = Symbol('TokenStore');

/** Turns an Authorization header into a principal: a local API token, or an OIDC JWT when configured. */
@Injectable()
export class Authenticator {
  constructor(
    @Inject(TOKEN_STORE) private readonly tokens: SqliteTokenStore,
    @Optional() @Inject(OidcVerifier) private readonly oidc?: OidcVerifier,
  ) {}

  async authenticate(authorization: string | undefined): Promise<Principal> {
    const match = /^Bearer ([\x21-\x7e]{1,8192})$/.exec(authorization ?? '');
    if (!match) throw new Unauthenticated(authorization ? 'malformed Authorization header' : 'no Authorization header');
    const token = match[1];
    if (looksLikeLocalToken(token)) {
      const result = this.tokens.authenticate(token);
      if (!result.ok) throw new Unauthenticated(`local token ${result.reason}`);
      return result.principal;
    }
    if (!this.oidc) throw new Unauthenticated('not a local token, and OIDC is not configured');
    return this.oidc.verify(token);
  }
}
