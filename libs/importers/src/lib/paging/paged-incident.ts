import type { ExternalReference, IncidentFacts, Severity } from '@hindsight/domain';

/** What a paging system knows of an incident when it pages someone: enough to draft the report. */
export interface PagedIncident {
  reference: ExternalReference;
  title: string;
  severity: Severity;
  service?: string;
  /** When the page was raised: the report's occurred and detected times until someone knows better. */
  raisedAt: string;
}

/** P1–P5 priorities as PagerDuty and Opsgenie name them; P5 is as mild as P4. */
export const severityOfPriority = (priority: string | undefined, fallback: Severity): Severity => {
  const level = /^P([1-5])$/i.exec(priority ?? '')?.[1];
  return level ? (['SEV1', 'SEV2', 'SEV3', 'SEV4', 'SEV4'] as const)[Number(level) - 1] : fallback;
};

/** The facts of a report drafted from a page: what the page says, the rest for the team to write. */
export const draftFacts = (incident: PagedIncident, team: string): IncidentFacts => ({
  title: incident.title,
  severity: incident.severity,
  services: incident.service ? [incident.service] : [],
  team,
  occurredAt: incident.raisedAt,
  detectedAt: incident.raisedAt,
  customerImpact: '',
  summary: '',
  externalReference: incident.reference,
  detectionMethod: 'alert',
});
