import { SEVERITIES } from '@hindsight/domain';
import { z } from 'zod';
import { changes, instant, LIMITS, name, oneOf, optionalText, requiredText } from '../primitives';

const services = () => z.array(name()).min(1, 'must name at least one service').max(LIMITS.list);

export const draftPostmortemBody = z.strictObject({
  title: name(),
  severity: oneOf(SEVERITIES),
  services: services(),
  team: name(),
  occurredAt: instant(),
  detectedAt: instant().optional(),
  classifiedAt: instant().optional(),
  mitigatedAt: instant().optional(),
  resolvedAt: instant().optional(),
  customerImpact: optionalText().default(''),
  summary: optionalText().default(''),
});
export type DraftPostmortemBody = z.infer<typeof draftPostmortemBody>;

export const reviseIncidentFactsBody = changes({
  title: name(),
  severity: oneOf(SEVERITIES),
  services: services(),
  team: name(),
  occurredAt: instant(),
  detectedAt: instant().nullable(),
  classifiedAt: instant().nullable(),
  mitigatedAt: instant().nullable(),
  resolvedAt: instant().nullable(),
  customerImpact: optionalText(),
  summary: optionalText(),
});
export type ReviseIncidentFactsBody = z.infer<typeof reviseIncidentFactsBody>;

export const reasonBody = z.strictObject({ reason: requiredText(LIMITS.text) });
export type ReasonBody = z.infer<typeof reasonBody>;
