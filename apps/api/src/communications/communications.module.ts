import { DeliveryClaims, Drafts, EmailTransport, Outbox, RegulatoryClocks, StatusPage, TemplateFiles, WebhookTransport, WorkingCalendar } from '@hindsight/communications';
import type { EventStore } from '@hindsight/event-store';
import type Database from 'better-sqlite3';
import { type DynamicModule, Inject, Logger, Module, type OnApplicationBootstrap, type OnModuleDestroy } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { hostname } from 'node:os';
import type { AppConfig } from '../config/config';
import { CommandSender } from '../postmortems/commands/command-sender';
import { EVENT_STORE } from '../postmortems/tokens';
import { READ_MODELS } from '../read-models/tokens';
import { OutboxWorker } from './outbox-worker';
import { ReportOutboxPorts } from './report-outbox-ports';
import { checkedDrafts, checkedStatusPage } from './checked-templates';
import { DraftsController } from './drafts.controller';
import { STAKEHOLDER_DIRECTORY, StakeholderDirectoryController } from './stakeholder-directory.controller';
import { DeadlinesController } from './deadlines.controller';
import { STATUS_PAGE_CONFIG, StatusPageController } from './status-page.controller';

const logger = new Logger('outbox');

/** Telling people: the outbox sending what was dispatched (each delivery once, from every instance), the public status page, regulatory deadlines (docs/communications.md). */
@Module({})
export class CommunicationsModule implements OnApplicationBootstrap, OnModuleDestroy {
  constructor(
    @Inject(OutboxWorker) private readonly worker: OutboxWorker,
    @Inject(EmailTransport) private readonly email: EmailTransport,
  ) {}

  static register(config: AppConfig): DynamicModule {
    const { mail, webhooks, leaseMs, pollMs, retry } = config.outbox;
    return {
      module: CommunicationsModule,
      controllers: [StatusPageController, DeadlinesController, DraftsController, StakeholderDirectoryController],
      providers: [
        { provide: STATUS_PAGE_CONFIG, useValue: config.statusPage },
        { provide: STAKEHOLDER_DIRECTORY, useValue: config.stakeholderDirectory },
        { provide: RegulatoryClocks, useFactory: () => new RegulatoryClocks(config.regulatory.regimes, new WorkingCalendar(config.regulatory.jurisdiction, config.regulatory.timeZone)) },
        // Built at start, so a team's template that does not render stops the server with its name and the reason.
        { provide: TemplateFiles, useFactory: () => new TemplateFiles(config.statusPage.templatesDir) },
        { provide: StatusPage, inject: [TemplateFiles], useFactory: (templates: TemplateFiles) => checkedStatusPage(templates) },
        { provide: Drafts, inject: [TemplateFiles], useFactory: (templates: TemplateFiles) => checkedDrafts(templates, config.statusPage.organisation) },
        { provide: EmailTransport, useFactory: () => new EmailTransport(mail) },
        {
          provide: Outbox,
          inject: [EVENT_STORE, READ_MODELS, CommandSender, EmailTransport],
          useFactory: (store: EventStore, db: Database.Database, commands: CommandSender, email: EmailTransport) =>
            new Outbox({
              // A restarted process is a new holder: it waits out its predecessor's leases like any other instance.
              claims: new DeliveryClaims(store, `${hostname()}/${process.pid}/${randomUUID().slice(0, 8)}`, leaseMs),
              ports: new ReportOutboxPorts(store, db, commands),
              transports: [email, new WebhookTransport(webhooks)],
              retry,
            }),
        },
        { provide: OutboxWorker, inject: [Outbox], useFactory: (outbox: Outbox) => new OutboxWorker(outbox, pollMs, logger) },
      ],
    };
  }

  onApplicationBootstrap(): void {
    this.worker.start();
  }

  async onModuleDestroy(): Promise<void> {
    await this.worker.stop();
    this.email.close();
  }
}
