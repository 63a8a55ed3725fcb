import type { Delivery, IncidentFacts, OutgoingMessage, Transport } from '@hindsight/domain';

/** Everything a transport needs to send one delivery, taken from the report as it stands. */
export interface Envelope {
  postmortemId: string;
  communicationId: string;
  delivery: Pick<Delivery, 'id' | 'to' | 'transport'>;
  stakeholder: string;
  message: OutgoingMessage;
  incident: Pick<IncidentFacts, 'title' | 'severity' | 'services'>;
  /** When the outbox sends it: the webhook timestamp and the mail's date. */
  sentAt: Date;
}

export interface DeliveryTransport {
  readonly transport: Transport;
  /** Whether `to` can be sent to here (a known endpoint, a configured mail server). */
  problemWith(to: string): string | undefined;
  /** Resolves with what the receiving server answered; rejects with a DeliveryError. */
  send(envelope: Envelope): Promise<string>;
}

/** A failed attempt; `permanent` when trying again cannot help (an address refused, a 4xx). */
export class DeliveryError extends Error {
  constructor(
    message: string,
    readonly permanent = false,
  ) {
    super(message);
    this.name = 'DeliveryError';
  }
}
