import { Webhook } from 'standardwebhooks';
import { deliverabilityProblem } from './deliverability';
import { slackPayload, standardPayload } from './webhook-payloads';
import type { WebhookEndpoints } from './webhook-endpoints';
import { DeliveryError, type DeliveryTransport, type Envelope } from './transport';

const TIMEOUT_MS = 15_000;

/** 4xx answers that say "later", not "never". */
const TRANSIENT_STATUSES = new Set([408, 409, 425, 429]);

/**
 * Webhooks signed as the Standard Webhooks specification describes: `webhook-id` (the delivery,
 * the same on every attempt, so a receiver deduplicates by it), `webhook-timestamp` and
 * `webhook-signature` (`v1,` and base64 of HMAC-SHA256 over `id.timestamp.body`).
 */
export class WebhookTransport implements DeliveryTransport {
  readonly transport = 'webhook' as const;

  constructor(private readonly endpoints: WebhookEndpoints) {}

  problemWith(to: string): string | undefined {
    return deliverabilityProblem({ webhooks: this.endpoints }, 'webhook', to);
  }

  async send(envelope: Envelope): Promise<string> {
    const endpoint = this.endpoints[envelope.delivery.to];
    if (!endpoint) throw new DeliveryError(this.problemWith(envelope.delivery.to) ?? '', true);
    const body = JSON.stringify(endpoint.format === 'slack' ? slackPayload(envelope) : standardPayload(envelope));
    const id = envelope.delivery.id;
    const timestamp = Math.floor(envelope.sentAt.getTime() / 1000);
    const headers = {
      'content-type': 'application/json',
      'webhook-id': id,
      'webhook-timestamp': String(timestamp),
      'webhook-signature': new Webhook(endpoint.secret).sign(id, new Date(timestamp * 1000), body),
    };
    let response: Response;
    try {
      response = await fetch(endpoint.url, { method: 'POST', headers, body, redirect: 'error', signal: AbortSignal.timeout(TIMEOUT_MS) });
    } catch (error) {
      const cause = (error as { cause?: { code?: string } }).cause?.code;
      throw new DeliveryError(`${endpoint.url} could not be reached: ${cause ?? (error as Error).message}`);
    }
    await response.body?.cancel();
    if (response.ok) return `HTTP ${response.status}`;
    const permanent = response.status >= 400 && response.status < 500 && !TRANSIENT_STATUSES.has(response.status);
    throw new DeliveryError(`${endpoint.url} answered HTTP ${response.status}`, permanent);
  }
}
