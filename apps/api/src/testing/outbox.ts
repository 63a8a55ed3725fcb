import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Send } from './http-client';

export const WEBHOOK_SECRET = `whsec_${Buffer.alloc(32, 5).toString('base64')}`;

/** The environment of a spawned API that mails through `smtpUrl` and knows one webhook endpoint, `ops`. */
export const outboxEnvironment = (dir: string, smtpUrl: string, webhookUrl: string): Record<string, string> => {
  const webhooks = join(dir, 'webhooks.json');
  writeFileSync(webhooks, JSON.stringify({ ops: { url: webhookUrl, secret: WEBHOOK_SECRET } }));
  return { HINDSIGHT_SMTP_URL: smtpUrl, HINDSIGHT_WEBHOOKS_FILE: webhooks, HINDSIGHT_OUTBOX_POLL_MS: '100', HINDSIGHT_OUTBOX_LEASE_SECONDS: '2' };
};

/** Drafts a report with one stakeholder reached by mail and webhook, and dispatches a notice to them. */
export const dispatchNotice = async (send: Send, auth: Record<string, string>, title: string): Promise<string> => {
  const draft = await send('POST', '/api/postmortems', { title, severity: 'SEV3', services: ['checkout'], team: 'payments', occurredAt: '2026-03-15T09:00:00Z' }, auth);
  const report = `/api/postmortems/${draft.body.id}`;
  const stakeholder = await send('POST', `${report}/stakeholders`, { name: 'Support', group: 'internal', channel: 'email', email: 'support@shop.example', webhook: 'ops' }, auth);
  const planned = await send('POST', `${report}/communications`, { stakeholderIds: [stakeholder.body.id], channel: 'email', summary: `${title}: what happened` }, auth);
  const dispatched = await send('POST', `${report}/communications/${planned.body.id}/dispatch`, {}, auth);
  if (dispatched.status !== 202) throw new Error(`dispatch answered ${dispatched.status}: ${JSON.stringify(dispatched.body)}`);
  return report;
};
