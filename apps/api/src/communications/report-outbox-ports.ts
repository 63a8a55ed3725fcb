import type { DeliveryInReport, DueDelivery, Outcome, OutboxPorts } from '@hindsight/communications';
import { dueDeliveries } from '@hindsight/projections';
import type Database from 'better-sqlite3';
import { randomUUID } from 'node:crypto';
import type { CommandSender } from '../postmortems/commands/command-sender';
import type { FoldedReports } from '../postmortems/commands/known-streams';
import { streamOf } from '../postmortems/tokens';

/** The actor every outcome is recorded under. */
export const OUTBOX_ACTOR = 'outbox';

/**
 * The outbox's view of the reports: its work list from the read model, each delivery's true
 * state from the report's stream, outcomes recorded as ordinary commands.
 */
export class ReportOutboxPorts implements OutboxPorts {
  constructor(
    private readonly reports: FoldedReports,
    private readonly readModels: Database.Database,
    private readonly commands: CommandSender,
  ) {}

  async due(now: Date, limit: number): Promise<DueDelivery[]> {
    return dueDeliveries(this.readModels, now, limit);
  }

  async current({ postmortemId, communicationId, deliveryId }: DueDelivery): Promise<DeliveryInReport | undefined> {
    const report = (await this.reports.latestOf(streamOf(postmortemId)))?.state;
    const communication = report?.communications.find((c) => c.id === communicationId);
    const delivery = communication?.deliveries?.find((d) => d.id === deliveryId);
    if (!report || !communication?.message || !delivery) return undefined;
    const stakeholder = report.stakeholders.find((s) => s.id === delivery.stakeholderId)?.name ?? delivery.to;
    const { title, severity, services } = report.facts;
    return { delivery, stakeholder, message: communication.message, incident: { title, severity, services } };
  }

  /** The command id names the attempt and its outcome, so recording it twice (a retry, another instance) stores it once. */
  async record(postmortemId: string, outcome: Outcome): Promise<void> {
    const { deliveryId, attempt } = outcome.data;
    const commandId = `outbox/${deliveryId}/${attempt}/${outcome.type}`;
    await this.commands.send(postmortemId, outcome, { actor: OUTBOX_ACTOR, commandId, newId: randomUUID(), correlationId: deliveryId });
  }
}
