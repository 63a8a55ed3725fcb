import { createHmac } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { TestWebhookReceiver } from '../../testing';
import { WebhookTransport } from './webhook-transport';

/** The test vector of docs/communications.md, read from the doc itself. */
const doc = readFileSync(join(__dirname, '../../../../../docs/communications.md'), 'utf8');
const section = doc.slice(doc.indexOf('#### Test vector'), doc.indexOf('## Delivery guarantee'));
const field = (name: string) => new RegExp(`- ${name}: \`([^\`]+)\``).exec(section)?.[1] ?? '';
const vector = {
  secret: field('secret'),
  id: field('webhook-id'),
  timestamp: field('webhook-timestamp'),
  body: /```json\n(.*)\n```/.exec(section)?.[1] ?? '',
  signature: field('webhook-signature'),
};

describe('The webhook format in docs/communications.md', () => {
  it('signs as the doc says: HMAC-SHA256 over id.timestamp.body with the decoded secret', () => {
    const key = Buffer.from(vector.secret.replace(/^whsec_/, ''), 'base64');
    const signature = createHmac('sha256', key).update(`${vector.id}.${vector.timestamp}.${vector.body}`).digest('base64');
    expect(`v1,${signature}`).toBe(vector.signature);
  });

  it('is what the transport sends for the delivery the vector describes, byte for byte', async () => {
    const { data } = JSON.parse(vector.body);
    const receiver = await TestWebhookReceiver.start(vector.secret);
    const seen: Record<string, string>[] = [];
    receiver.onRequest((headers, body) => seen.push({ ...headers, body }));
    try {
      await new WebhookTransport({ hook: { url: receiver.url, secret: vector.secret, format: 'standard' } }).send({
        postmortemId: data.postmortemId,
        communicationId: data.communicationId,
        delivery: { id: data.deliveryId, to: 'hook', transport: 'webhook' },
        stakeholder: data.stakeholder,
        message: { subject: data.subject, body: data.body },
        incident: data.incident,
        sentAt: new Date(Number(vector.timestamp) * 1000),
      });
    } finally {
      await receiver.close();
    }
    expect(seen).toEqual([{ 'webhook-id': vector.id, 'webhook-timestamp': vector.timestamp, 'webhook-signature': vector.signature, body: vector.body }]);
  });
});
