import type { CommunicationDelivered, CommunicationFailed, Delivery, IncidentFacts, OutgoingMessage } from '@hindsight/domain';

/** A delivery the read model says is due: pending, and its retry time (if any) reached. */
export interface DueDelivery {
  postmortemId: string;
  communicationId: string;
  deliveryId: string;
}

/** The delivery as the report's own stream says it stands now, with what is needed to send it. */
export interface DeliveryInReport {
  delivery: Delivery;
  stakeholder: string;
  message: OutgoingMessage;
  incident: Pick<IncidentFacts, 'title' | 'severity' | 'services'>;
}

export type Outcome =
  | { type: 'RecordDelivery'; data: CommunicationDelivered['data'] }
  | { type: 'RecordDeliveryFailure'; data: CommunicationFailed['data'] };

/** What the outbox needs from the rest of the system. */
export interface OutboxPorts {
  due(now: Date, limit: number): Promise<DueDelivery[]>;
  /** Read from the event store, never from a read model that may lag. */
  current(due: DueDelivery): Promise<DeliveryInReport | undefined>;
  /** Appends the outcome to the report; recording the same outcome twice records it once. */
  record(postmortemId: string, outcome: Outcome): Promise<void>;
}
