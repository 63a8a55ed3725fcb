import type { Transport } from '@hindsight/domain';
import type { MailSettings } from './email-transport';
import type { WebhookEndpoints } from './webhook-endpoints';

export interface DeliverySettings {
  mail?: MailSettings;
  webhooks: WebhookEndpoints;
}

/** Why this server cannot send to `to` over `transport`, if it cannot: asked before anything is dispatched. */
export const deliverabilityProblem = (settings: DeliverySettings, transport: Transport, to: string): string | undefined => {
  if (transport === 'email') return settings.mail ? undefined : 'mail is not configured on this server (HINDSIGHT_SMTP_URL)';
  return Object.hasOwn(settings.webhooks, to) ? undefined : `no webhook endpoint named '${to}' is configured on this server (HINDSIGHT_WEBHOOKS_FILE)`;
};
