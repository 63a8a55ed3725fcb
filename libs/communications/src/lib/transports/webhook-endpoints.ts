import { readFileSync } from 'node:fs';
import { z } from 'zod';

export const WEBHOOK_FORMATS = ['standard', 'slack'] as const;

const endpoint = z.strictObject({
  url: z.url({ protocol: /^https?$/ }),
  /** A Standard Webhooks secret: `whsec_` and base64 of 24 to 64 random bytes. */
  secret: z.string().regex(/^whsec_[A-Za-z0-9+/]{32,}={0,2}$/, 'must be a Standard Webhooks secret (whsec_ and base64)'),
  format: z.enum(WEBHOOK_FORMATS).default('standard'),
});
const endpoints = z.record(z.string().regex(/^[a-z0-9][a-z0-9-]{0,62}$/, 'a name in lower case, digits and dashes'), endpoint);

export type WebhookEndpoint = z.infer<typeof endpoint>;
export type WebhookEndpoints = z.infer<typeof endpoints>;

/** The webhook endpoints stakeholders may name, from a JSON file kept beside the server's other secrets. */
export const readWebhookEndpoints = (file: string | undefined): WebhookEndpoints => {
  if (!file) return {};
  const parsed = endpoints.safeParse(JSON.parse(readFileSync(file, 'utf8')));
  if (!parsed.success) throw new Error(`${file}: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
  return parsed.data;
};
