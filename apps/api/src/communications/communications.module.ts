import { DeliveryClaims, Drafts, DueSoonReminders, EmailTransport, Outbox, RegulatoryClocks, StatusPage, TemplateFiles, WebhookTransport, WorkingCalendar } from '@hindsight/communications';
import type { EventStore } from '@hindsight/event-store';
import type Database from 'better-sqlite3';
import { type DynamicModule, Inject, Logger, Module, type OnApplicationBootstrap, type OnModuleDestroy } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { hostname } from 'node:os';
import type { AppConfig } from '../config/config';
import { AuditModule } from '../audit/audit.module';
import { ReportHistory } from '../audit/report-history';
import { CommandSender } from '../postmortems/commands/command-sender';
import { EVENT_STORE } from '../postmortems/tokens';
import { dueItemsByOwner } from '@hindsight/projections';
import { READ_MODELS } from '../read-models/tokens';
import { PeriodicJob } from './periodic-job';
import { ReportOutboxPorts } from './report-outbox-ports';
import { checkedDrafts, checkedStatusPage } from './checked-templates';
import { DraftsController } from './drafts.controller';
import { STAKEHOLDER_DIRECTORY, StakeholderDirectoryController } from './stakeholder-directory.controller';
import { DeadlinesController } from './deadlines.controller';
import { STATUS_PAGE_CONFIG, StatusPageController } from './status-page.controller';

const logger = new Logger('communications');
const BACKGROUND_JOBS = Symbol('BackgroundJobs');

/** Telling people: the outbox sending what was dispatched (each delivery once, from every instance), the public status page, regulatory deadlines (docs/communications.md). */
@Module({})
export class CommunicationsModule implements OnApplicationBootstrap, OnModuleDestroy {
  constructor(
    @Inject(BACKGROUND_JOBS) private readonly jobs: PeriodicJob[],
    @Inject(EmailTransport) private readonly email: EmailTransport,
  ) {}

  static register(config: AppConfig): DynamicModule {
    const { mail, webhooks, leaseMs, pollMs, retry } = config.outbox;
    return {
      module: CommunicationsModule,
      imports: [AuditModule],
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
        // A restarted process is a new holder: it waits out its predecessor's leases like any other instance.
        { provide: DeliveryClaims, inject: [EVENT_STORE], useFactory: (store: EventStore) => new DeliveryClaims(store, `${hostname()}/${process.pid}/${randomUUID().slice(0, 8)}`, leaseMs) },
        {
          provide: Outbox,
          inject: [ReportHistory, READ_MODELS, CommandSender, EmailTransport, DeliveryClaims],
          useFactory: (reports: ReportHistory, db: Database.Database, commands: CommandSender, email: EmailTransport, claims: DeliveryClaims) =>
            new Outbox({ claims, ports: new ReportOutboxPorts(reports, db, commands), transports: [email, new WebhookTransport(webhooks)], retry }),
        },
        {
          provide: BACKGROUND_JOBS,
          inject: [Outbox, EVENT_STORE, READ_MODELS, EmailTransport, DeliveryClaims],
          useFactory: (outbox: Outbox, store: EventStore, db: Database.Database, email: EmailTransport, claims: DeliveryClaims) => {
            const { hourUtc, dueWithinDays, checkEveryMs } = config.reminders;
            const reminders = new DueSoonReminders({ store, claims, email, hourUtc, dueWithinDays, dueItems: (dueBy) => dueItemsByOwner(db, dueBy), failed: (person, error) => logger.warn(`A reminder to ${person} could not be sent: ${error.message}`) });
            return [
              new PeriodicJob('The outbox', () => outbox.deliverDue(), pollMs, logger),
              // Without a mail server there is nobody to remind by mail.
              ...(mail ? [new PeriodicJob('The due-soon reminders', () => reminders.sendDue(), checkEveryMs, logger)] : []),
            ];
          },
        },
      ],
    };
  }

  onApplicationBootstrap(): void {
    for (const job of this.jobs) job.start();
  }

  async onModuleDestroy(): Promise<void> {
    await Promise.all(this.jobs.map((job) => job.stop()));
    this.email.close();
  }
}
