import { EvidenceModule } from '../evidence/evidence.module';
import { ImportsModule } from '../imports/imports.module';
import { type DynamicModule, Module, RequestMethod } from '@nestjs/common';
import { APP_FILTER } from '@nestjs/core';
import { CqrsModule } from '@nestjs/cqrs';
import { LoggerModule } from 'nestjs-pino';
import type { AppConfig } from '../config/config';
import { AuditModule } from '../audit/audit.module';
import { AuthModule } from '../auth/auth.module';
import { EventStoreModule } from '../event-store/event-store.module';
import { HealthController } from '../health/health.controller';
import { READY_LIMITS } from '../health/readiness';
import { ProblemFilter } from '../http/problem.filter';
import { PostmortemsModule } from '../postmortems/postmortems.module';
import { ReadModelsModule } from '../read-models/read-models.module';
import { ClockModule } from '../clock';
import { MetricsModule } from '../metrics/metrics.module';
import { TransparencyModule } from '../transparency/transparency.module';
import { CommunicationsModule } from '../communications/communications.module';

@Module({})
export class AppModule {
  static register(config: AppConfig): DynamicModule {
    return {
      module: AppModule,
      imports: [
        LoggerModule.forRoot({
          forRoutes: [{ path: '{*path}', method: RequestMethod.ALL }],
          pinoHttp: {
            level: config.logLevel,
            // Identity and secrets never reach the logs.
            redact: ['req.headers.authorization', 'req.headers.cookie', 'req.headers["idempotency-key"]'],
          },
        }),
        CqrsModule.forRoot(),
        ClockModule,
        EventStoreModule.register(config),
        AuthModule.register(config),
        PostmortemsModule.register(config),
        ReadModelsModule.register(config),
        TransparencyModule.register(config),
        CommunicationsModule.register(config),
        ImportsModule.register(config),
        EvidenceModule.register(config),
        AuditModule,
        MetricsModule,
      ],
      controllers: [HealthController],
      providers: [
        { provide: READY_LIMITS, useValue: config.readyMaxLag },
        { provide: APP_FILTER, useClass: ProblemFilter },
      ],
    };
  }
}
