import { type EventStore, WrongExpectedRevisionError } from '@hindsight/event-store';
import { randomUUID } from 'node:crypto';

export const deliveryStreamOf = (deliveryId: string): string => `delivery-${deliveryId}`;

/** A right to attempt one delivery, until `leaseUntil`; `attempt` counts every claim ever taken on it. */
export interface Claim {
  attempt: number;
  leaseUntil: Date;
}

/**
 * Who may attempt a delivery, decided through the store's optimistic concurrency: each attempt
 * appends a claim at the revision its taker read, so of two instances racing only one appends.
 * A claim is a lease: when its holder dies, another instance may take the delivery once it expires.
 */
export class DeliveryClaims {
  constructor(
    private readonly store: EventStore,
    /** This process: a holder that restarts is a new holder and waits for its old lease like anyone else. */
    private readonly holder: string,
    private readonly leaseMs: number,
  ) {}

  async claim(deliveryId: string, now: Date): Promise<Claim | undefined> {
    const stream = deliveryStreamOf(deliveryId);
    const claims = await this.store.readStream(stream);
    const last = claims.at(-1);
    if (last && last.data['holder'] !== this.holder && Date.parse(String(last.data['leaseUntil'])) > now.getTime()) return undefined;
    const leaseUntil = new Date(now.getTime() + this.leaseMs);
    const id = randomUUID();
    const event = {
      id,
      type: 'DeliveryClaimed',
      schemaVersion: 1,
      data: { deliveryId, holder: this.holder, leaseUntil: leaseUntil.toISOString() },
      metadata: { actor: 'outbox', timestamp: now.toISOString(), correlationId: id, causationId: id },
    };
    try {
      await this.store.append(stream, [event], last ? last.revision : 'no_stream');
    } catch (error) {
      if (error instanceof WrongExpectedRevisionError) return undefined;
      throw error;
    }
    return { attempt: claims.length + 1, leaseUntil };
  }
}
