import { DEFAULT_REGIMES_DIR, loadRegimes, type MailSettings, type Regime, type RetryPolicy, readWebhookEndpoints, type WebhookEndpoints, WorkingCalendar } from '@hindsight/communications';
import { type StakeholderDirectory, stakeholderDirectorySchema } from '@hindsight/contracts';
import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { ConfigError } from './config-error';

export const communicationsEnvironment = {
  HINDSIGHT_SMTP_URL: z.url({ protocol: /^smtps?$/, error: 'must be an SMTP URL, e.g. smtp://user:password@mail.example.com:587' }).optional(),
  HINDSIGHT_MAIL_FROM: z.string().min(3).default('Hindsight <hindsight@localhost>'),
  HINDSIGHT_WEBHOOKS_FILE: z.string().min(1).optional(),
  HINDSIGHT_OUTBOX_POLL_MS: z.coerce.number().int().min(50).max(60_000).default(1000),
  HINDSIGHT_OUTBOX_LEASE_SECONDS: z.coerce.number().int().min(1).max(3600).default(60),
  HINDSIGHT_OUTBOX_MAX_ATTEMPTS: z.coerce.number().int().min(1).max(50).default(8),
  HINDSIGHT_OUTBOX_RETRY_SECONDS: z.coerce.number().min(0.1).max(3600).default(30),
  HINDSIGHT_ORGANISATION: z.string().trim().min(1).max(100).default('Hindsight'),
  HINDSIGHT_PUBLIC_URL: z.url({ protocol: /^https?$/, error: 'must be the http(s) address the public reaches this server at, e.g. https://status.example.com' }).optional(),
  HINDSIGHT_TEMPLATES_DIR: z.string().min(1).optional(),
  HINDSIGHT_REGIMES_DIR: z.string().min(1).optional(),
  HINDSIGHT_STAKEHOLDERS_FILE: z.string().min(1).optional(),
  HINDSIGHT_REMINDER_HOUR_UTC: z.coerce.number().int().min(0).max(23).default(8),
  HINDSIGHT_REMINDER_DAYS: z.coerce.number().int().min(0).max(60).default(7),
  HINDSIGHT_REMINDER_CHECK_SECONDS: z.coerce.number().int().min(1).max(86_400).default(300),
  HINDSIGHT_JURISDICTION: z.string().regex(/^[A-Z]{2}$/, 'must be a country code of two capital letters, e.g. DE').optional(),
  HINDSIGHT_TIME_ZONE: z.string().min(1).default('UTC'),
};

type CommunicationsEnvironment = z.output<z.ZodObject<typeof communicationsEnvironment>>;

export interface OutboxConfig {
  /** Unset: communications to email addresses cannot be dispatched. */
  mail?: MailSettings;
  /** Named endpoints with their URL and signing secret; stakeholders name them. */
  webhooks: WebhookEndpoints;
  pollMs: number;
  /** How long a claimed delivery is this instance's alone; longer than any send takes. */
  leaseMs: number;
  retry: RetryPolicy;
}

export const outboxConfigFrom = (e: CommunicationsEnvironment): OutboxConfig => {
  let webhooks: WebhookEndpoints;
  try {
    webhooks = readWebhookEndpoints(e.HINDSIGHT_WEBHOOKS_FILE);
  } catch (error) {
    throw new ConfigError(`Invalid configuration:\n  HINDSIGHT_WEBHOOKS_FILE: ${(error as Error).message}`);
  }
  return {
    ...(e.HINDSIGHT_SMTP_URL ? { mail: { url: e.HINDSIGHT_SMTP_URL, from: e.HINDSIGHT_MAIL_FROM } } : {}),
    webhooks,
    pollMs: e.HINDSIGHT_OUTBOX_POLL_MS,
    leaseMs: e.HINDSIGHT_OUTBOX_LEASE_SECONDS * 1000,
    retry: { maxAttempts: e.HINDSIGHT_OUTBOX_MAX_ATTEMPTS, firstDelayMs: e.HINDSIGHT_OUTBOX_RETRY_SECONDS * 1000, maxDelayMs: 6 * 3_600_000 },
  };
};

export interface StatusPageConfig {
  /** The organisation's name, the status page's heading. */
  organisation: string;
  /** Where the public reaches this server; unset: the address each request came to. */
  publicUrl?: string;
  /** A directory of the team's own templates, each replacing the default of the same name. */
  templatesDir?: string;
}

export const statusPageConfigFrom = (e: CommunicationsEnvironment): StatusPageConfig => ({
  organisation: e.HINDSIGHT_ORGANISATION,
  ...(e.HINDSIGHT_PUBLIC_URL ? { publicUrl: e.HINDSIGHT_PUBLIC_URL.replace(/\/+$/, '') } : {}),
  ...(e.HINDSIGHT_TEMPLATES_DIR ? { templatesDir: e.HINDSIGHT_TEMPLATES_DIR } : {}),
});

export interface RegulatoryConfig {
  regimes: Regime[];
  /** Where the organisation's deadlines are counted: the country of its public holidays, and its time zone. */
  jurisdiction?: string;
  timeZone: string;
}

/** The regime files and the organisation's calendar, checked at start: a wrong file, country or zone is named. */
export const regulatoryConfigFrom = (e: CommunicationsEnvironment): RegulatoryConfig => {
  const fail = (variable: string, error: unknown) => new ConfigError(`Invalid configuration:\n  ${variable}: ${(error as Error).message}`);
  let regimes: Regime[];
  try {
    regimes = loadRegimes(DEFAULT_REGIMES_DIR, ...(e.HINDSIGHT_REGIMES_DIR ? [e.HINDSIGHT_REGIMES_DIR] : []));
  } catch (error) {
    throw fail('HINDSIGHT_REGIMES_DIR', error);
  }
  try {
    new WorkingCalendar(e.HINDSIGHT_JURISDICTION, e.HINDSIGHT_TIME_ZONE);
  } catch (error) {
    throw fail(/zone/.test((error as Error).message) ? 'HINDSIGHT_TIME_ZONE' : 'HINDSIGHT_JURISDICTION', error);
  }
  return { regimes, ...(e.HINDSIGHT_JURISDICTION ? { jurisdiction: e.HINDSIGHT_JURISDICTION } : {}), timeZone: e.HINDSIGHT_TIME_ZONE };
};

/** The organisation's stakeholder directory, checked at start: each entry as a new stakeholder is, its webhook a configured endpoint. */
export const stakeholderDirectoryFrom = (e: CommunicationsEnvironment, webhooks: WebhookEndpoints): StakeholderDirectory => {
  if (!e.HINDSIGHT_STAKEHOLDERS_FILE) return { stakeholders: [] };
  const fail = (reason: string) => new ConfigError(`Invalid configuration:\n  HINDSIGHT_STAKEHOLDERS_FILE: ${e.HINDSIGHT_STAKEHOLDERS_FILE}: ${reason}`);
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(e.HINDSIGHT_STAKEHOLDERS_FILE, 'utf8'));
  } catch (error) {
    throw fail((error as Error).message);
  }
  const parsed = stakeholderDirectorySchema.safeParse(json);
  if (!parsed.success) throw fail(parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; '));
  const unknown = parsed.data.stakeholders.filter((s) => s.webhook && !Object.hasOwn(webhooks, s.webhook));
  if (unknown.length > 0) throw fail(`no webhook endpoint named ${unknown.map((s) => `'${s.webhook}' (${s.name})`).join(', ')} in HINDSIGHT_WEBHOOKS_FILE`);
  return parsed.data;
};

export interface ReminderConfig {
  /** From this hour of the day (UTC), each owner of items due within `dueWithinDays` (or overdue) gets one mail. */
  hourUtc: number;
  dueWithinDays: number;
  checkEveryMs: number;
}

export const reminderConfigFrom = (e: CommunicationsEnvironment): ReminderConfig => ({
  hourUtc: e.HINDSIGHT_REMINDER_HOUR_UTC,
  dueWithinDays: e.HINDSIGHT_REMINDER_DAYS,
  checkEveryMs: e.HINDSIGHT_REMINDER_CHECK_SECONDS * 1000,
});
