import { EVIDENCE_KINDS, TIMELINE_ENTRY_KINDS } from '@hindsight/domain';
import { z } from 'zod';
import { changes, entityIds, instant, name, oneOf, optionalText, requiredText, webUrl } from '../primitives';

const entry = {
  at: instant(),
  kind: oneOf(TIMELINE_ENTRY_KINDS),
  description: requiredText(),
  evidenceIds: entityIds(),
};
export const addTimelineEntryBody = z.strictObject({ ...entry, evidenceIds: entry.evidenceIds.default([]) });
export type AddTimelineEntryBody = z.infer<typeof addTimelineEntryBody>;
export const reviseTimelineEntryBody = changes(entry);
export type ReviseTimelineEntryBody = z.infer<typeof reviseTimelineEntryBody>;

const evidence = {
  kind: oneOf(EVIDENCE_KINDS),
  title: name(),
  url: webUrl(),
  description: optionalText(),
};
export const attachEvidenceBody = z.strictObject({ ...evidence, description: evidence.description.default('') });
export type AttachEvidenceBody = z.infer<typeof attachEvidenceBody>;
export const reviseEvidenceBody = changes(evidence);
export type ReviseEvidenceBody = z.infer<typeof reviseEvidenceBody>;
