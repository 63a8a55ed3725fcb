import { type EventStore, openEventStore } from '@hindsight/event-store';
import { type DynamicModule, Global, Inject, Module, type OnApplicationShutdown } from '@nestjs/common';
import type { AppConfig } from '../config/config';
import { EVENT_STORE } from '../postmortems/tokens';

/** Opens the event store (embedded SQLite by default, or a KurrentDB server) and closes it on shutdown. */
@Global()
@Module({})
export class EventStoreModule implements OnApplicationShutdown {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  static register(config: AppConfig): DynamicModule {
    return {
      module: EventStoreModule,
      providers: [{ provide: EVENT_STORE, useFactory: () => openEventStore(config.eventStore ?? config.databasePath, { maxAppendBytes: config.maxAppendBytes }) }],
      exports: [EVENT_STORE],
    };
  }

  async onApplicationShutdown(): Promise<void> {
    await this.store.close();
  }
}
