import { DEFAULT_TAXONOMY, type Taxonomy } from '@hindsight/domain';
import { readModelsPathFor } from '@hindsight/projections';
import { parseSignerKey, parseVerifierKey } from '@hindsight/transparency';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { ConfigError } from './config-error';
import { communicationsEnvironment, type OutboxConfig, outboxConfigFrom, type RegulatoryConfig, regulatoryConfigFrom, type ReminderConfig, reminderConfigFrom, stakeholderDirectoryFrom, type StatusPageConfig, statusPageConfigFrom } from './communications-config';
import type { StakeholderDirectory } from '@hindsight/contracts';
import { loadTaxonomy } from './taxonomy-file';
import { z } from 'zod';

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;

const parses = (parse: (text: string) => unknown) => (text: string): boolean => {
  try {
    parse(text);
    return true;
  } catch {
    return false;
  }
};
const isSignerKey = parses(parseSignerKey);
const isVerifierKey = parses(parseVerifierKey);
const isWitnessEntry = (entry: string): boolean => {
  const [url, vkey, ...rest] = entry.split(/\s+/);
  return rest.length === 0 && /^https?:\/\/\S+$/.test(url ?? '') && isVerifierKey(vkey ?? '');
};

const environment = z
  .object({
  HINDSIGHT_HOST: z.string().min(1).default('127.0.0.1'),
  HINDSIGHT_PORT: z.coerce.number().int().min(0).max(65_535).default(3000),
  HINDSIGHT_DATA: z.string().min(1).default('data/hindsight.sqlite'),
  HINDSIGHT_READ_MODELS: z.string().min(1).optional(),
  HINDSIGHT_EVENTSTORE: z
    .string()
    .regex(/^(kurrentdb|kdb|esdb)(\+discover)?:\/\/\S+$/, 'must be a KurrentDB connection string, e.g. kurrentdb://kurrentdb:2113?tls=false')
    .optional(),
  HINDSIGHT_LOG_LEVEL: z.enum(LOG_LEVELS).default('info'),
  HINDSIGHT_DEMO: z.enum(['true', 'false']).default('true'),
  HINDSIGHT_DASHBOARD_DIR: z.string().min(1).optional(),
  HINDSIGHT_OIDC_ISSUER: z.url().optional(),
  HINDSIGHT_OIDC_AUDIENCE: z.string().min(1).optional(),
  HINDSIGHT_OIDC_JWKS_URL: z.url({ protocol: /^https?$/ }).optional(),
  HINDSIGHT_OIDC_SUBJECT_CLAIM: z.string().min(1).default('sub'),
  HINDSIGHT_OIDC_ROLES_CLAIM: z.string().min(1).default('roles'),
  HINDSIGHT_OIDC_TEAMS_CLAIM: z.string().min(1).default('teams'),
  HINDSIGHT_CORS_ORIGINS: z
    .string()
    .default('')
    .transform((value) => value.split(',').map((origin) => origin.trim()).filter(Boolean))
    .pipe(z.array(z.url({ error: 'must be a comma-separated list of origins, e.g. https://hindsight.example.com' }))),
  HINDSIGHT_RATE_LIMIT: z.coerce.number().int().min(1).default(1200),
  HINDSIGHT_RATE_LIMIT_PER_ADDRESS: z.coerce.number().int().min(1).default(6000),
  HINDSIGHT_READY_MAX_LAG_EVENTS: z.coerce.number().int().min(0).default(1000),
  HINDSIGHT_READY_MAX_LAG_SECONDS: z.coerce.number().min(0).default(30),
  HINDSIGHT_SIGN_IN_FAILURES: z.coerce.number().int().min(1).default(20),
  HINDSIGHT_SEPARATION_OF_DUTIES: z.enum(['true', 'false']).default('true'),
  HINDSIGHT_TAXONOMY: z.string().min(1).optional(),
  HINDSIGHT_API_DOCS: z.enum(['true', 'false']).default('true'),
  HINDSIGHT_SIGNING_KEY: z.string().min(1).refine(isSignerKey, 'must be an Ed25519 signer key: PRIVATE+KEY+<name>+<key ID>+<key>').optional(),
  HINDSIGHT_SIGNING_KEY_FILE: z.string().min(1).optional(),
  HINDSIGHT_KEY_DIR: z.string().min(1).optional(),
  HINDSIGHT_EVIDENCE_DIR: z.string().min(1).optional(),
  HINDSIGHT_EVIDENCE_MAX_BYTES: z.coerce.number().int().min(1024).max(1024 ** 3).default(25 * 1024 * 1024),
  HINDSIGHT_CHECKPOINT_SECONDS: z.coerce.number().int().min(1).default(60),
  HINDSIGHT_CHECKPOINT_EVENTS: z.coerce.number().int().min(1).default(1000),
  HINDSIGHT_WITNESS_DIR: z.string().min(1).optional(),
  HINDSIGHT_WITNESSES: z
    .string()
    .default('')
    .transform((value) => value.split(',').map((entry) => entry.trim()).filter(Boolean))
    .pipe(z.array(z.string().refine(isWitnessEntry, 'each witness is "<add-checkpoint URL prefix> <verifier key>", e.g. https://witness.example/api/witness witness.example/w1+1a2b3c4d+BPd…'))),
  HINDSIGHT_WITNESS_FOR: z
    .string()
    .default('')
    .transform((value) => value.split(',').map((entry) => entry.trim()).filter(Boolean))
    .pipe(z.array(z.string().refine(isVerifierKey, 'must be comma-separated verifier keys: <name>+<key ID>+<key>'))),
  HINDSIGHT_VERIFY_SECONDS: z.coerce.number().int().min(1).default(3600),
  // Applied by memory.ts before the configuration loads; listed here so a wrong value stops the start.
  HINDSIGHT_HEAP_GROWTH_PERCENT: z.coerce.number().int().min(0).max(400).default(20),
  HINDSIGHT_MAX_APPEND_BYTES: z.coerce.number().int().min(1024).max(16 * 1024 * 1024).default(1_048_576),
  ...communicationsEnvironment,
})
  .refine(
    (e) => [e.HINDSIGHT_OIDC_ISSUER, e.HINDSIGHT_OIDC_AUDIENCE, e.HINDSIGHT_OIDC_JWKS_URL].every((v) => v === undefined) ||
      [e.HINDSIGHT_OIDC_ISSUER, e.HINDSIGHT_OIDC_AUDIENCE, e.HINDSIGHT_OIDC_JWKS_URL].every((v) => v !== undefined),
    { path: ['HINDSIGHT_OIDC_*'], message: 'set ISSUER, AUDIENCE and JWKS_URL together, or none of them' },
  );

export interface OidcConfig {
  issuer: string;
  audience: string;
  jwksUrl: string;
  /** Claims, as dotted paths, holding the actor's name, roles and teams. */
  subjectClaim: string;
  rolesClaim: string;
  teamsClaim: string;
}

export interface TransparencyConfig {
  /** This log's Ed25519 signer key (`PRIVATE+KEY+…`); unset: the one in `keyDir`, created on first start. */
  signingKey?: string;
  /** Where generated keys live (0700, files 0600): never in the event-store file. */
  keyDir: string;
  /** A checkpoint is signed when the tree has grown and this many seconds or events have passed. */
  checkpointEvery: { seconds: number; events: number };
  /** An append-only directory, ideally on another disk, keeping every checkpoint and a copy of the leaf hashes. */
  witnessDir?: string;
  /** Witnesses over HTTP (C2SP tlog-witness): the URL prefix of add-checkpoint and the witness's verifier key. */
  witnesses: { url: string; vkey: string }[];
  /** Logs this instance witnesses, by verifier key; enables POST /api/witness/add-checkpoint. */
  witnessFor: string[];
  /** How often the log is checked against the latest trusted checkpoint (also once at start). */
  verifyEverySeconds: number;
}

export interface AppConfig {
  host: string;
  port: number;
  /**
   * The embedded SQLite file: the event store unless `eventStore` names a server, and in
   * any case the local API tokens.
   */
  databasePath: string;
  /** A KurrentDB / EventStoreDB connection string; unset: the embedded SQLite store. */
  eventStore?: string;
  /** The read models' SQLite file (rebuildable from the events). */
  readModelsPath: string;
  logLevel: (typeof LOG_LEVELS)[number];
  /** Load the demo reports when the store is empty. */
  demo: boolean;
  /** The built dashboard to serve at `/`; none in tests or API-only runs. */
  dashboardDir?: string;
  /** Bearer JWTs from the organisation's identity provider; local API tokens work either way. */
  oidc?: OidcConfig;
  /** Browser origins allowed to call the API from elsewhere; empty: same origin only. */
  corsOrigins: string[];
  /** Requests per minute for one token (or one address without a token). */
  rateLimitPerMinute: number;
  /** Requests per minute from one client address, whatever the tokens. */
  rateLimitPerAddressPerMinute: number;
  /** Above this lag of the read models behind the log, /api/health/ready answers 503. */
  readyMaxLag: { events: number; seconds: number };
  /** Failed authentications per minute from one client address before it is refused outright. */
  signInFailuresPerMinute: number;
  /** A report's approver must be neither its author nor its last editor. */
  separationOfDuties: boolean;
  /** The organisation's cause categories and their levels. */
  taxonomy: Taxonomy;
  /** Serve the OpenAPI description and its UI at /api/docs (they describe the API; they hold no data). */
  apiDocs: boolean;
  /** The Merkle tree over the log, its signed checkpoints and witnesses (docs/audit.md). */
  transparency: TransparencyConfig;
  /** The most bytes one append may hold, on every store (KurrentDB's default maximum append size). */
  maxAppendBytes: number;
  /** Where dispatched communications go: mail, webhooks, and how patiently (docs/communications.md). */
  outbox: OutboxConfig;
  /** The public status page and its feeds (docs/communications.md). */
  statusPage: StatusPageConfig;
  /** The regulatory regimes reports may be held to, and the organisation's calendar (docs/communications.md). */
  regulatory: RegulatoryConfig;
  /** The organisation's stakeholders, picked per report. */
  stakeholderDirectory: StakeholderDirectory;
  /** Due-soon reminders by mail, once a day. */
  reminders: ReminderConfig;
  /** Evidence files, kept outside the log under their SHA-256 (docs/importers.md#the-evidence-locker). */
  evidence: { directory: string; maxBytes: number };
}

export { ConfigError } from './config-error';

const readSigningKeyFile = (path: string): string => {
  let text: string;
  try {
    text = readFileSync(path, 'utf8').trim();
  } catch (error) {
    throw new ConfigError(`Invalid configuration:\n  HINDSIGHT_SIGNING_KEY_FILE: cannot read ${path} (${(error as NodeJS.ErrnoException).code})`);
  }
  if (!isSignerKey(text)) throw new ConfigError(`Invalid configuration:\n  HINDSIGHT_SIGNING_KEY_FILE: ${path} does not hold an Ed25519 signer key (PRIVATE+KEY+<name>+<key ID>+<key>)`);
  return text;
};

/** Reads the environment once at start; every bad value is named with what would be right. */
export const loadConfig = (env: NodeJS.ProcessEnv = process.env): AppConfig => {
  const parsed = environment.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((issue) => `  ${issue.path.join('.')}: ${issue.message}`);
    throw new ConfigError(`Invalid configuration:\n${lines.join('\n')}`);
  }
  const e = parsed.data;
  const outbox = outboxConfigFrom(e);
  return {
    host: e.HINDSIGHT_HOST,
    port: e.HINDSIGHT_PORT,
    databasePath: e.HINDSIGHT_DATA,
    readModelsPath: e.HINDSIGHT_READ_MODELS ?? readModelsPathFor(e.HINDSIGHT_DATA),
    ...(e.HINDSIGHT_EVENTSTORE ? { eventStore: e.HINDSIGHT_EVENTSTORE } : {}),
    logLevel: e.HINDSIGHT_LOG_LEVEL,
    demo: e.HINDSIGHT_DEMO === 'true',
    ...(e.HINDSIGHT_DASHBOARD_DIR ? { dashboardDir: e.HINDSIGHT_DASHBOARD_DIR } : {}),
    ...(e.HINDSIGHT_OIDC_ISSUER && e.HINDSIGHT_OIDC_AUDIENCE && e.HINDSIGHT_OIDC_JWKS_URL
      ? {
          oidc: {
            issuer: e.HINDSIGHT_OIDC_ISSUER,
            audience: e.HINDSIGHT_OIDC_AUDIENCE,
            jwksUrl: e.HINDSIGHT_OIDC_JWKS_URL,
            subjectClaim: e.HINDSIGHT_OIDC_SUBJECT_CLAIM,
            rolesClaim: e.HINDSIGHT_OIDC_ROLES_CLAIM,
            teamsClaim: e.HINDSIGHT_OIDC_TEAMS_CLAIM,
          },
        }
      : {}),
    corsOrigins: e.HINDSIGHT_CORS_ORIGINS,
    rateLimitPerMinute: e.HINDSIGHT_RATE_LIMIT,
    rateLimitPerAddressPerMinute: e.HINDSIGHT_RATE_LIMIT_PER_ADDRESS,
    readyMaxLag: { events: e.HINDSIGHT_READY_MAX_LAG_EVENTS, seconds: e.HINDSIGHT_READY_MAX_LAG_SECONDS },
    signInFailuresPerMinute: e.HINDSIGHT_SIGN_IN_FAILURES,
    separationOfDuties: e.HINDSIGHT_SEPARATION_OF_DUTIES === 'true',
    taxonomy: e.HINDSIGHT_TAXONOMY ? loadTaxonomy(e.HINDSIGHT_TAXONOMY) : DEFAULT_TAXONOMY,
    apiDocs: e.HINDSIGHT_API_DOCS === 'true',
    maxAppendBytes: e.HINDSIGHT_MAX_APPEND_BYTES,
    outbox,
    stakeholderDirectory: stakeholderDirectoryFrom(e, outbox.webhooks),
    reminders: reminderConfigFrom(e),
    evidence: { directory: e.HINDSIGHT_EVIDENCE_DIR ?? join(dirname(e.HINDSIGHT_DATA === ':memory:' ? 'data/x' : e.HINDSIGHT_DATA), 'evidence'), maxBytes: e.HINDSIGHT_EVIDENCE_MAX_BYTES },
    statusPage: statusPageConfigFrom(e),
    regulatory: regulatoryConfigFrom(e),
    transparency: {
      ...(e.HINDSIGHT_SIGNING_KEY ? { signingKey: e.HINDSIGHT_SIGNING_KEY } : e.HINDSIGHT_SIGNING_KEY_FILE ? { signingKey: readSigningKeyFile(e.HINDSIGHT_SIGNING_KEY_FILE) } : {}),
      keyDir: e.HINDSIGHT_KEY_DIR ?? join(dirname(e.HINDSIGHT_DATA === ':memory:' ? 'data/x' : e.HINDSIGHT_DATA), 'keys'),
      checkpointEvery: { seconds: e.HINDSIGHT_CHECKPOINT_SECONDS, events: e.HINDSIGHT_CHECKPOINT_EVENTS },
      ...(e.HINDSIGHT_WITNESS_DIR ? { witnessDir: e.HINDSIGHT_WITNESS_DIR } : {}),
      witnesses: e.HINDSIGHT_WITNESSES.map((entry) => {
        const [url, vkey] = entry.split(/\s+/);
        return { url, vkey };
      }),
      witnessFor: e.HINDSIGHT_WITNESS_FOR,
      verifyEverySeconds: e.HINDSIGHT_VERIFY_SECONDS,
    },
  };
};
