import { z } from 'zod';
import { name } from '../primitives';

/**
 * Webhooks from monitoring and paging systems, in their own published formats: only what
 * Hindsight reads is checked, the rest of each payload is theirs to change.
 */
const labels = z.record(z.string().max(200), z.string().max(2_000));

/** Alertmanager's webhook payload, version 4. */
export const alertmanagerWebhookBody = z.looseObject({
  version: z.string().max(10).optional(),
  groupKey: z.string().max(2_000).optional(),
  alerts: z
    .array(
      z.looseObject({
        status: z.enum(['firing', 'resolved']),
        labels,
        annotations: labels.optional(),
        startsAt: z.string().max(64),
        endsAt: z.string().max(64).optional(),
        fingerprint: z.string().max(200).optional(),
      }),
    )
    .min(1, 'must hold at least one alert')
    .max(1_000),
});
export type AlertmanagerWebhookBody = z.infer<typeof alertmanagerWebhookBody>;

/** A PagerDuty V3 webhook about an incident. */
export const pagerDutyWebhookBody = z.looseObject({
  event: z.looseObject({
    id: z.string().max(200),
    event_type: z.string().max(100),
    resource_type: z.literal('incident', { error: 'must be "incident": only incident events are read' }),
    occurred_at: z.string().max(64),
    data: z.looseObject({ id: z.string().max(200), title: z.string().max(2_000).optional(), created_at: z.string().max(64).optional() }),
  }),
});
export type PagerDutyWebhookBody = z.infer<typeof pagerDutyWebhookBody>;

/** An Opsgenie outgoing webhook. */
export const opsgenieWebhookBody = z.looseObject({
  action: z.string().max(100),
  alert: z.looseObject({ alertId: z.string().max(200), message: z.string().max(2_000).optional() }),
});
export type OpsgenieWebhookBody = z.infer<typeof opsgenieWebhookBody>;

/** Which team a drafted report belongs to, when the token acts for several. */
export const pagingHookQuery = z.strictObject({ team: name().optional() });
export type PagingHookQuery = z.infer<typeof pagingHookQuery>;
