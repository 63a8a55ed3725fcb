import { createTransport, type Transporter } from 'nodemailer';
import { deliverabilityProblem } from './deliverability';
import { invitation } from './invitation';
import { DeliveryError, type DeliveryTransport, type Envelope } from './transport';

export interface MailSettings {
  /** `smtp://user:pass@host:587` or `smtps://…`; nodemailer's connection URL. */
  url: string;
  from: string;
}

/** Seconds an SMTP exchange may take, well inside the outbox's lease. */
const TIMEOUT_MS = 20_000;

/**
 * Mail over SMTP, with a meeting's calendar invitation when it has one. The Message-ID is derived from the delivery, so a message sent again after a
 * crash carries the same id and mail systems that deduplicate by it show it once.
 */
export class EmailTransport implements DeliveryTransport {
  readonly transport = 'email' as const;
  private readonly mailer?: Transporter;

  constructor(private readonly settings: MailSettings | undefined) {
    this.mailer = settings && createTransport({ url: settings.url, connectionTimeout: TIMEOUT_MS, greetingTimeout: TIMEOUT_MS, socketTimeout: TIMEOUT_MS });
  }

  problemWith(to: string): string | undefined {
    return deliverabilityProblem({ webhooks: {}, ...(this.settings ? { mail: this.settings } : {}) }, 'email', to);
  }

  async send(envelope: Envelope): Promise<string> {
    const { delivery, message, sentAt } = envelope;
    if (!this.mailer || !this.settings) throw new DeliveryError(this.problemWith(delivery.to) ?? '', true);
    const calendar = invitation(envelope, this.settings.from);
    try {
      const info = await this.mailer.sendMail({
        from: this.settings.from,
        to: delivery.to,
        subject: message.subject,
        text: message.body,
        date: sentAt,
        messageId: `<${delivery.id}@hindsight.outbox>`,
        headers: { 'X-Hindsight-Delivery': delivery.id },
        ...(calendar ? { icalEvent: { method: 'REQUEST', content: calendar } } : {}),
      });
      const rejected = info.rejected ?? [];
      if (rejected.length > 0) throw new DeliveryError(`the server refused ${rejected.map(String).join(', ')}`, true);
      return info.response ?? 'accepted';
    } catch (error) {
      if (error instanceof DeliveryError) throw error;
      const { responseCode, message: reason } = error as { responseCode?: number; message: string };
      // 5xx replies are final (no such mailbox, relaying denied); 4xx and broken connections are worth another try.
      throw new DeliveryError(reason, responseCode !== undefined && responseCode >= 500);
    }
  }

  close(): void {
    this.mailer?.close();
  }
}
