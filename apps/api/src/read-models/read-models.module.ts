import type { EventStore } from '@hindsight/event-store';
import { ALL_PROJECTIONS, openReadModels, postmortemIdOf, ProjectionRunner, TrendsIndex } from '@hindsight/projections';
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
import { DirectoryController } from './directory.controller';
import { LiveEventsController } from './live-events.controller';
import { ReadGate } from './read-gate';
import { ReadLagGauge } from './read-lag';
import { MyWorkController } from './my-work.controller';
import { ReportListController } from './report-list.controller';
import { ReportSectionsController } from './report-sections.controller';
import { READ_MODELS } from './tokens';
import { TrendsController } from './trends.controller';

/** While catching up on a long log, a request waits behind at most about this much of it. */
const CATCH_UP_SLICE_MS = 200;

/** The read side: the projection runner following the log into SQLite, and the query endpoints. */
@Global()
@Module({})
export class ReadModelsModule implements OnApplicationBootstrap, OnApplicationShutdown {
  constructor(
    @Inject(ProjectionRunner) private readonly runner: ProjectionRunner,
    @Inject(READ_MODELS) private readonly db: Database.Database,
    @Inject(TrendsIndex) private readonly trends: TrendsIndex,
  ) {}

  static register(config: AppConfig): DynamicModule {
    const logger = new Logger('projections');
    return {
      module: ReadModelsModule,
      controllers: [ReportListController, ReportSectionsController, ActionItemBoardController, TrendsController, LiveEventsController, MyWorkController, DirectoryController],
      providers: [
        { provide: READ_MODELS, useFactory: () => openReadModels(config.readModelsPath) },
        {
          provide: ProjectionRunner,
          inject: [EVENT_STORE, READ_MODELS],
          useFactory: (store: EventStore, db: Database.Database) => new ProjectionRunner(store, db, ALL_PROJECTIONS, { warn: (m) => logger.warn(m), sliceMs: CATCH_UP_SLICE_MS }),
        },
        {
          provide: TrendsIndex,
          inject: [ProjectionRunner, READ_MODELS],
          useFactory: (runner: ProjectionRunner, db: Database.Database) => {
            const index = new TrendsIndex(db);
            runner.onApplied((events) => index.invalidate(events.flatMap((e) => postmortemIdOf(e.streamId) ?? [])));
            return index;
          },
        },
        ReadLagGauge,
        ReadGate,
      ],
      exports: [ProjectionRunner, READ_MODELS, ReadGate],
    };
  }

  /** Catching up on a large log takes a while: the API answers meanwhile, and every read says how far it reflects. */
  onApplicationBootstrap(): void {
    const logger = new Logger('projections');
    const started = Date.now();
    void this.runner.start().then(
      () => {
        logger.log(`Read models caught up in ${((Date.now() - started) / 1000).toFixed(1)} s; following new events`);
        this.warmTrends(logger);
      },
      (error: Error) => logger.error(`Read models stopped: ${error.message}`),
    );
  }

  /** Loaded once caught up rather than by the first person to open the trends page; a failure there is that request's to report. */
  private warmTrends(logger: Logger): void {
    try {
      if (this.db.open) this.trends.current();
    } catch (error) {
      logger.warn(`The trends index will load on the first trends request: ${(error as Error).message}`);
    }
  }

  async onApplicationShutdown(): Promise<void> {
    await this.runner.stop();
    if (this.db.open) this.db.close();
  }
}
