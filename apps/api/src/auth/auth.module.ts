import { AccessTokens, LegacyTokenTable } from '@hindsight/identity';
import type { EventStore } from '@hindsight/event-store';
import type { LogKeys } from '@hindsight/transparency';
import { EVENT_STORE } from '../postmortems/tokens';
import { LOG_KEYS } from '../transparency/tokens';
import { type DynamicModule, Global, Inject, Module, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import type { AppConfig } from '../config/config';
import { AuditModule } from '../audit/audit.module';
import { AccessGuard } from './access.guard';
import { ACCESS_TOKENS, Authenticator, LEGACY_TOKENS } from './authenticator';
import { MeController } from './me.controller';
import { OidcVerifier } from './oidc-verifier';
import { ReportTeams } from './report-teams';
import { SignInFailures } from './sign-in-failures';

/** Authentication (local tokens, OIDC) and the global access guard. */
@Global()
@Module({})
export class AuthModule implements OnApplicationBootstrap, OnApplicationShutdown {
  constructor(
    @Inject(ACCESS_TOKENS) private readonly tokens: AccessTokens,
    @Inject(LEGACY_TOKENS) private readonly legacy: LegacyTokenTable,
  ) {}

  static register(config: AppConfig): DynamicModule {
    const oidc = config.oidc;
    return {
      module: AuthModule,
      imports: [AuditModule],
      controllers: [MeController],
      providers: [
        {
          provide: ACCESS_TOKENS,
          inject: [EVENT_STORE, LOG_KEYS],
          useFactory: (store: EventStore, keys: LogKeys) => new AccessTokens(store, keys.signer, keys.verifiers),
        },
        { provide: LEGACY_TOKENS, useFactory: () => LegacyTokenTable.open(config.databasePath) },
        ...(oidc ? [{ provide: OidcVerifier, useFactory: () => new OidcVerifier(oidc) }] : []),
        Authenticator,
        ReportTeams,
        { provide: SignInFailures, useFactory: () => new SignInFailures(config.signInFailuresPerMinute) },
        { provide: APP_GUARD, useClass: AccessGuard },
      ],
      exports: [ACCESS_TOKENS, LEGACY_TOKENS, Authenticator],
    };
  }

  /** Tokens kept in the old table (before access changes were events) are carried into the log once, before anyone signs in. */
  async onApplicationBootstrap(): Promise<void> {
    await this.tokens.importLegacy(this.legacy);
  }

  onApplicationShutdown(): void {
    this.legacy.close();
  }
}
