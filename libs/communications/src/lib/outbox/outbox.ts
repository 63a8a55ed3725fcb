import type { Transport } from '@hindsight/domain';
import { type DeliveryTransport, DeliveryError } from '../transports/transport';
import { type RetryPolicy, retryAt } from './backoff';
import type { DeliveryClaims } from './delivery-claims';
import type { DeliveryInReport, DueDelivery, OutboxPorts } from './ports';

export interface OutboxOptions {
  claims: DeliveryClaims;
  ports: OutboxPorts;
  transports: readonly DeliveryTransport[];
  retry: RetryPolicy;
  now?: () => Date;
  random?: () => number;
}

const BATCH = 50;

/**
 * Delivers what was dispatched. For each due delivery: take the claim (only one instance can),
 * read the delivery again from the report's stream (another instance may have finished it),
 * send it, and record the outcome. A crash after the claim leaves the delivery pending: once the
 * lease expires, the next claim sends it, with the same message id and webhook id.
 */
export class Outbox {
  private readonly inFlight = new Set<string>();
  private readonly transports: ReadonlyMap<Transport, DeliveryTransport>;
  private readonly now: () => Date;
  private readonly random: () => number;

  constructor(private readonly options: OutboxOptions) {
    this.transports = new Map(options.transports.map((t) => [t.transport, t]));
    this.now = options.now ?? (() => new Date());
    this.random = options.random ?? Math.random;
  }

  /** Why `to` cannot be sent to over `transport` on this server, if it cannot. */
  problemWith(transport: Transport, to: string): string | undefined {
    return this.transports.get(transport)?.problemWith(to) ?? (this.transports.has(transport) ? undefined : `no ${transport} transport`);
  }

  /** One pass over what is due; resolves with how many deliveries this instance attempted. */
  async deliverDue(): Promise<number> {
    const due = (await this.options.ports.due(this.now(), BATCH)).filter((d) => !this.inFlight.has(d.deliveryId));
    const attempted = await Promise.all(due.map((d) => this.attemptOnce(d)));
    return attempted.filter(Boolean).length;
  }

  private async attemptOnce(due: DueDelivery): Promise<boolean> {
    this.inFlight.add(due.deliveryId);
    try {
      const before = await this.options.ports.current(due);
      if (!before || !isDue(before, this.now())) return false;
      const claim = await this.options.claims.claim(due.deliveryId, this.now());
      if (!claim) return false;
      const current = await this.options.ports.current(due);
      if (!current || current.delivery.attempts !== before.delivery.attempts) return false;
      await this.send(due, current, claim.attempt);
      return true;
    } finally {
      this.inFlight.delete(due.deliveryId);
    }
  }

  private async send(due: DueDelivery, current: DeliveryInReport, attempt: number): Promise<void> {
    const { communicationId, deliveryId, postmortemId } = due;
    const transport = this.transports.get(current.delivery.transport);
    const outcome = { communicationId, deliveryId, attempt };
    let receipt: string;
    try {
      if (!transport) throw new DeliveryError(`no ${current.delivery.transport} transport on this server`, true);
      receipt = await transport.send({ postmortemId, communicationId, sentAt: this.now(), ...current });
    } catch (error) {
      const failedAt = this.now();
      const permanent = error instanceof DeliveryError && error.permanent;
      const retry = permanent ? undefined : retryAt(attempt, failedAt, this.options.retry, this.random());
      const data = { ...outcome, failedAt: failedAt.toISOString(), reason: (error as Error).message, ...(retry ? { retryAt: retry.toISOString() } : {}) };
      return this.options.ports.record(postmortemId, { type: 'RecordDeliveryFailure', data });
    }
    // Recorded outside the try: a store that fails here must not turn a delivered message into a failed one.
    await this.options.ports.record(postmortemId, { type: 'RecordDelivery', data: { ...outcome, deliveredAt: this.now().toISOString(), receipt } });
  }
}

const isDue = ({ delivery }: DeliveryInReport, now: Date) =>
  delivery.status === 'pending' && (delivery.retryAt === undefined || Date.parse(delivery.retryAt) <= now.getTime());
