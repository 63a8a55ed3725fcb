import { DETECTION_METHODS, SEVERITIES } from '@hindsight/domain';
import { z } from 'zod';
import { changes, instant, LIMITS, name, oneOf, optionalText, regimeId, requiredText, webUrl } from '../primitives';

const services = () => z.array(name()).min(1, 'must name at least one service').max(LIMITS.list);

/** The incident's number in the paging or ticketing system (one line, up to 100 characters), and its link. */
const externalReference = () => z.strictObject({ id: name().max(100), url: webUrl().optional() });

/** A count an incident cannot plausibly exceed: every person on Earth, a trillion requests. */
const count = (max: number) => z.number().int('must be a whole number').min(0).max(max);

const impact = () =>
  z
    .strictObject({
      usersAffected: count(10_000_000_000),
      requestsFailed: count(1_000_000_000_000),
      errorBudgetBurnedPercent: z.number().min(0).max(100_000),
    })
    .partial()
    .refine((value) => Object.values(value).some((v) => v !== undefined), 'must give at least one measure');

/** Ids of regulatory regimes (`eu-dora`, `us-sec-8k`…), each at most once. */
const regimes = () =>
  z
    .array(regimeId())
    .max(20)
    .refine((ids) => new Set(ids).size === ids.length, 'must not repeat a regime');

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
  externalReference: externalReference().optional(),
  detectionMethod: oneOf(DETECTION_METHODS).optional(),
  impact: impact().optional(),
  regimes: regimes().optional(),
  becameAwareAt: instant().optional(),
  classifiedMajorAt: instant().optional(),
  materialityDeterminedAt: instant().optional(),
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
  externalReference: externalReference().nullable(),
  detectionMethod: oneOf(DETECTION_METHODS).nullable(),
  impact: impact().nullable(),
  regimes: regimes().nullable(),
  becameAwareAt: instant().nullable(),
  classifiedMajorAt: instant().nullable(),
  materialityDeterminedAt: instant().nullable(),
});
export type ReviseIncidentFactsBody = z.infer<typeof reviseIncidentFactsBody>;

/** The executive summary in Markdown; an empty text clears it. */
export const writeExecutiveSummaryBody = z.strictObject({ text: optionalText() });
export type WriteExecutiveSummaryBody = z.infer<typeof writeExecutiveSummaryBody>;

export const reasonBody = z.strictObject({ reason: requiredText(LIMITS.text) });
export type ReasonBody = z.infer<typeof reasonBody>;
