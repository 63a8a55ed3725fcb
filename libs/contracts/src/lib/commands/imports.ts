import { EVIDENCE_KINDS, IMPORT_FORMATS, MAX_SUGGESTIONS_PER_IMPORT, TIMELINE_ENTRY_KINDS } from '@hindsight/domain';
import { z } from 'zod';
import { instant } from '../instants';
import { minPosition } from '../queries';
import { name, oneOf, optionalText, requiredText } from '../primitives';

/** An IANA time zone this runtime knows (`Europe/Paris`, `UTC`). */
const timeZone = () =>
  z
    .string()
    .max(64)
    .refine((zone) => {
      try {
        new Intl.DateTimeFormat('en', { timeZone: zone });
        return true;
      } catch {
        return false;
      }
    }, 'must be an IANA time zone, e.g. Europe/Paris or UTC');

const suggestionKey = () => z.string().regex(/^[0-9a-f]{64}$/, 'must be a suggestion key: 64 lowercase hex digits');

const distinct = (keys: string[]) => new Set(keys).size === keys.length;

/**
 * POST /api/postmortems/:id/imports?file=… — the body is the file itself (application/octet-stream).
 * Without `from`/`to`, the window is the report's: six hours before it occurred to an hour after it ended.
 */
export const importQuery = z
  .strictObject({
    file: name(),
    format: oneOf(IMPORT_FORMATS).optional(),
    zone: timeZone().default('UTC'),
    from: instant().optional(),
    to: instant().optional(),
  })
  .refine(({ from, to }) => !from || !to || from <= to, { message: 'must not be before from', path: ['to'] });
export type ImportQuery = z.infer<typeof importQuery>;

export const SUGGESTION_STATUSES = ['pending', 'accepted', 'dismissed'] as const;

export const suggestionsQuery = z.strictObject({
  status: oneOf(SUGGESTION_STATUSES).optional(),
  /** Source formats, comma-separated: `alertmanager,deploys`. */
  formats: z
    .string()
    .max(200)
    .transform((v) => v.split(',').filter(Boolean))
    .pipe(z.array(oneOf(IMPORT_FORMATS)))
    .optional(),
  from: instant().optional(),
  to: instant().optional(),
  minPosition: minPosition(),
});
export type SuggestionsQuery = z.infer<typeof suggestionsQuery>;

/** Accept suggestions as timeline entries, each as suggested or with its time, kind or text edited. */
export const acceptSuggestionsBody = z.strictObject({
  items: z
    .array(z.strictObject({ key: suggestionKey(), at: instant().optional(), kind: oneOf(TIMELINE_ENTRY_KINDS).optional(), description: requiredText().optional() }))
    .min(1, 'must name at least one suggestion')
    .max(MAX_SUGGESTIONS_PER_IMPORT)
    .refine((items) => distinct(items.map((i) => i.key)), 'must not name a suggestion twice'),
});
export type AcceptSuggestionsBody = z.infer<typeof acceptSuggestionsBody>;

export const dismissSuggestionsBody = z.strictObject({
  keys: z.array(suggestionKey()).min(1, 'must name at least one suggestion').max(MAX_SUGGESTIONS_PER_IMPORT).refine(distinct, 'must not name a suggestion twice'),
});
export type DismissSuggestionsBody = z.infer<typeof dismissSuggestionsBody>;

/** POST /api/postmortems/:id/evidence/files?name=… — the body is the file itself (application/octet-stream). */
export const evidenceFileQuery = z.strictObject({
  name: name(),
  title: name().optional(),
  kind: oneOf(EVIDENCE_KINDS).default('document'),
  description: optionalText().default(''),
});
export type EvidenceFileQuery = z.infer<typeof evidenceFileQuery>;
