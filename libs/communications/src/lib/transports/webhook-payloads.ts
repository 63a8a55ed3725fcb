import type { Envelope } from './transport';

/** Slack refuses a section longer than this. */
const SLACK_TEXT_LIMIT = 3000;
const clip = (text: string, limit: number) => (text.length > limit ? `${text.slice(0, limit - 1)}…` : text);

/** The Standard Webhooks shape: a type, a timestamp and the data. */
export const standardPayload = (e: Envelope) => ({
  type: 'communication.delivered',
  timestamp: e.sentAt.toISOString(),
  data: {
    postmortemId: e.postmortemId,
    communicationId: e.communicationId,
    deliveryId: e.delivery.id,
    stakeholder: e.stakeholder,
    subject: e.message.subject,
    body: e.message.body,
    incident: e.incident,
  },
});

/** What a Slack incoming webhook accepts: a fallback text and blocks. */
export const slackPayload = (e: Envelope) => ({
  text: `${e.message.subject}: ${clip(e.message.body, 200)}`,
  blocks: [
    { type: 'header', text: { type: 'plain_text', text: clip(e.message.subject, 150) } },
    { type: 'context', elements: [{ type: 'mrkdwn', text: `${e.incident.severity} · ${e.incident.services.join(', ')}` }] },
    { type: 'section', text: { type: 'mrkdwn', text: clip(e.message.body, SLACK_TEXT_LIMIT) } },
  ],
});
