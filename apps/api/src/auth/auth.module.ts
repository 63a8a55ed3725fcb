import { SqliteTokenStore } from '@hindsight/identity';
import { type DynamicModule, Global, Inject, Module, type OnApplicationShutdown } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import type { AppConfig } from '../config/config';
import { AccessGuard } from './access.guard';
import { Authenticator, TOKEN_STORE } from './authenticator';
import { MeController } from './me.controller';
import { OidcVerifier } from './oidc-verifier';
import { ReportTeams } from './report-teams';
import { SignInFailures } from './sign-in-failures';

/** Authentication (local tokens, OIDC) and the global access guard. */
@Global()
@Module({})
export class AuthModule implements OnApplicationShutdown {
  constructor(@Inject(TOKEN_STORE) private readonly tokens: SqliteTokenStore) {}

  static register(config: AppConfig): DynamicModule {
    const oidc = config.oidc;
    return {
      module: AuthModule,
      controllers: [MeController],
      providers: [
        { provide: TOKEN_STORE, useFactory: () => SqliteTokenStore.open(config.databasePath) },
        ...(oidc ? [{ provide: OidcVerifier, useFactory: () => new OidcVerifier(oidc) }] : []),
        Authenticator,
        ReportTeams,
        { provide: SignInFailures, useFactory: () => new SignInFailures(config.signInFailuresPerMinute) },
        { provide: APP_GUARD, useClass: AccessGuard },
      ],
      exports: [TOKEN_STORE, Authenticator],
    };
  }

  onApplicationShutdown(): void {
    this.tokens.close();
  }
}
