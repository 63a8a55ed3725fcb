import { EVIDENCE_KINDS, IMPORT_FORMATS, TIMELINE_ENTRY_KINDS } from '@hindsight/domain';
import { z } from 'zod';
import { SUGGESTION_STATUSES } from '../commands/imports';
import { commandAcceptedSchema } from './common';
import { instant, oneOf, readPosition } from './values';

const unparsed = z.object({ count: z.number().int(), lines: z.array(z.number().int()).describe('the first 100 line (or record) numbers') });

/** 201 to POST /api/postmortems/:id/imports: what the file held and what it suggests. */
export const importAcceptedSchema = commandAcceptedSchema.extend({
  format: oneOf(IMPORT_FORMATS),
  file: z.object({ name: z.string(), sha256: z.string().describe('SHA-256 of the bytes received, hex'), bytes: z.number().int() }),
  records: z.number().int().describe('source records read'),
  suggestions: z.number().int().describe('suggestions recorded for review'),
  alreadyImported: z.number().int().describe('of those, how many an earlier import of this report already suggested'),
  unparsed,
  outsideWindow: z.number().int(),
  omitted: z.number().int().describe('suggestions beyond the most one import records (the earliest are kept)'),
  firstSignal: z.object({ at: instant(), description: z.string() }).describe('the earliest anomaly before detection').optional(),
});
export type ImportAccepted = z.infer<typeof importAcceptedSchema>;

export const suggestionSchema = z.object({
  key: z.string(),
  at: instant(),
  kind: oneOf(TIMELINE_ENTRY_KINDS),
  description: z.string(),
  evidenceKind: oneOf(EVIDENCE_KINDS),
  service: z.string().optional(),
  count: z.number().int(),
  anomaly: z.boolean(),
  source: z.object({
    format: oneOf(IMPORT_FORMATS),
    file: z.string(),
    line: z.number().int().optional(),
    messageId: z.string().optional(),
    timestamp: z.string().describe('as the source wrote it'),
    zone: z.string().describe('as written (Z, +01:00), or "<zone> (assumed)"'),
  }),
  series: z.object({ name: z.string(), points: z.array(z.tuple([z.string(), z.number()])), before: z.number(), after: z.number() }).optional(),
  importId: z.string(),
  status: oneOf(SUGGESTION_STATUSES),
  entryId: z.string().describe('the timeline entry it became, when accepted').optional(),
});

/** GET /api/postmortems/:id/suggestions */
export const suggestionsViewSchema = z.object({
  suggestions: z.array(suggestionSchema),
  ...readPosition,
});
export type SuggestionsView = z.infer<typeof suggestionsViewSchema>;
export type SuggestionView = z.infer<typeof suggestionSchema>;

/** 201 to POST …/suggestions/accept: the new timeline entries, in the order of the items. */
export const suggestionsAcceptedSchema = commandAcceptedSchema.extend({ entryIds: z.array(z.string()) });
export type SuggestionsAccepted = z.infer<typeof suggestionsAcceptedSchema>;

/** 200 to POST /api/hooks/alertmanager: where each alert went. */
export const alertsReceivedSchema = z.object({
  attached: z.array(z.object({ reportId: z.string(), importId: z.string().optional(), suggestions: z.number().int().describe('new suggestions; 0 when every alert was already suggested') })),
  unattached: z.array(z.object({ service: z.string().optional(), alerts: z.number().int() })).describe('alerts of services with no open report the token may edit'),
});
export type AlertsReceived = z.infer<typeof alertsReceivedSchema>;

/** 200 to POST /api/hooks/pagerduty and /api/hooks/opsgenie. */
export const pageReceivedSchema = z.object({
  reportId: z.string().optional().describe('the report the page belongs to; absent when no report names it and it raised none'),
  drafted: z.boolean().describe('the page raised an incident no report named, and a report was drafted for it'),
  suggestions: z.number().int(),
});
export type PageReceived = z.infer<typeof pageReceivedSchema>;

export const evidenceFileSchema = z.object({
  name: z.string(),
  sha256: z.string().describe('hex SHA-256 of the bytes: the file is kept, and checked, under it'),
  bytes: z.number().int(),
  mediaType: z.string().describe('told from the content, not the name'),
});

/** 201 to POST /api/postmortems/:id/evidence/files */
export const evidenceFileStoredSchema = commandAcceptedSchema.extend({ file: evidenceFileSchema });
export type EvidenceFileStored = z.infer<typeof evidenceFileStoredSchema>;
