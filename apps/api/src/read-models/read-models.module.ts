import type { EventStore } from '@hindsight/event-store';
import { ALL_PROJECTIONS, openReadModels, ProjectionRunner } from '@hindsight/projections';
import type Database from 'better-sqlite3';
import {
  type DynamicModule,
  Global,
  Inject,
  Logger,
  Module,
  type OnApplicationBootstrap,
  type OnApplicationShutdown,
} from '@nestjs/common';
import type { AppConfig } from '../config/config';
import { EVENT_STORE } from '../postmortems/tokens';
import { ActionItemBoardController } from './action-item-board.controller';
import { LiveEventsController } from './live-events.controller';
import { ReadGate } from './read-gate';
import { ReportListController } from './report-list.controller';
import { ReportSectionsController } from './report-sections.controller';
import { READ_MODELS } from './tokens';
import { TrendsController } from './trends.controller';

/** The read side: the projection runner following the log into SQLite, and the query endpoints. */
@Global()
@Module({})
export class ReadModelsModule implements OnApplicationBootstrap, OnApplicationShutdown {
  constructor(
    @Inject(ProjectionRunner) private readonly runner: ProjectionRunner,
    @Inject(READ_MODELS) private readonly db: Database.Database,
  ) {}

  static register(config: AppConfig): DynamicModule {
    const logger = new Logger('projections');
    return {
      module: ReadModelsModule,
      controllers: [ReportListController, ReportSectionsController, ActionItemBoardController, TrendsController, LiveEventsController],
      providers: [
        { provide: READ_MODELS, useFactory: () => openReadModels(config.readModelsPath) },
        {
          provide: ProjectionRunner,
          inject: [EVENT_STORE, READ_MODELS],
          useFactory: (store: EventStore, db: Database.Database) => new ProjectionRunner(store, db, ALL_PROJECTIONS, { warn: (m) => logger.warn(m) }),
        },
        ReadGate,
      ],
      exports: [ProjectionRunner, READ_MODELS, ReadGate],
    };
  }

  async onApplicationBootstrap(): Promise<void> {
    await this.runner.start();
  }

  async onApplicationShutdown(): Promise<void> {
    await this.runner.stop();
    if (this.db.open) this.db.close();
  }
}
