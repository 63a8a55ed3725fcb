import type { EventStore } from '@hindsight/event-store';
import { randomUUID } from 'node:crypto';
import { type Claim, type DeliveryClaims, deliveryStreamOf } from '../outbox/delivery-claims';
import type { EmailTransport } from '../transports/email-transport';

export interface DueItem {
  reportId: string;
  reportTitle: string;
  title: string;
  dueDate: string;
}

export interface ReminderOptions {
  store: EventStore;
  claims: DeliveryClaims;
  email: EmailTransport;
  /** Per person, their open items due by the date given, overdue ones included (from the read models). */
  dueItems: (dueBy: string) => Map<string, DueItem[]>;
  /** The hour of day (UTC) from which the day's reminders go out. */
  hourUtc: number;
  dueWithinDays: number;
  now?: () => Date;
  failed?: (person: string, error: Error) => void;
}

const DAY = 86_400_000;
const isAddress = (name: string) => /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(name);

/**
 * Once a day, from `hourUtc`, each person who owns action items due within the window (or
 * overdue) gets one mail listing them. Each day's mail to each person is a delivery claimed
 * like the outbox's, so several instances send it once; its outcome is recorded on the claim's
 * stream, and a crash before that leaves the claim to expire and be taken again.
 */
export class DueSoonReminders {
  private readonly now: () => Date;

  constructor(private readonly options: ReminderOptions) {
    this.now = options.now ?? (() => new Date());
  }

  /** Sends today's reminders not sent yet; resolves with how many this instance sent. */
  async sendDue(): Promise<number> {
    const now = this.now();
    if (now.getUTCHours() < this.options.hourUtc) return 0;
    const day = now.toISOString().slice(0, 10);
    const dueBy = new Date(now.getTime() + this.options.dueWithinDays * DAY).toISOString().slice(0, 10);
    let sent = 0;
    for (const [person, items] of this.options.dueItems(dueBy)) {
      if (!isAddress(person)) continue;
      const id = `reminder-${day}-${person.toLowerCase()}`;
      if (await this.done(id)) continue;
      const claim = await this.options.claims.claim(id, now);
      if (!claim) continue;
      try {
        await this.send(id, claim, person, items, day, now);
        sent += 1;
      } catch (error) {
        // Left claimed: once the lease expires, the next pass (here or elsewhere) tries again.
        this.options.failed?.(person, error as Error);
      }
    }
    return sent;
  }

  private async done(id: string): Promise<boolean> {
    return (await this.options.store.readStream(deliveryStreamOf(id))).some((e) => e.type === 'ReminderDelivered');
  }

  private async send(id: string, claim: Claim, person: string, items: DueItem[], day: string, now: Date): Promise<void> {
    const overdue = items.filter((i) => i.dueDate < day).length;
    const lines = items.map((i) => `- ${i.title} (${i.reportTitle}): due ${i.dueDate}${i.dueDate < day ? ', overdue' : ''}`);
    const subject = `${items.length} action item${items.length === 1 ? '' : 's'} due soon${overdue ? `, ${overdue} overdue` : ''}`;
    const receipt = await this.options.email.send({
      postmortemId: items[0]?.reportId ?? '',
      communicationId: id,
      delivery: { id: `${id}-${claim.attempt}`, to: person, transport: 'email' },
      stakeholder: person,
      message: { subject, body: `These action items are yours:\n\n${lines.join('\n')}\n` },
      incident: { title: subject, severity: 'SEV4', services: [] },
      sentAt: now,
    });
    const eventId = randomUUID();
    const event = {
      id: eventId,
      type: 'ReminderDelivered',
      schemaVersion: 1,
      data: { person, items: items.length, receipt },
      metadata: { actor: 'outbox', timestamp: now.toISOString(), correlationId: id, causationId: eventId },
    };
    await this.options.store.append(deliveryStreamOf(id), [event], 'any');
  }
}
