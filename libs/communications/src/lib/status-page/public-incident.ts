import type { PublicIncidentRow } from '@hindsight/projections';

/** An incident as the status page and its feeds show it: built only from what was published for the public. */
export interface PublicIncident {
  id: string;
  title: string;
  services: { name: string; url: string }[];
  startedAt: string;
  resolvedAt?: string;
  firstPublishedAt: string;
  updatedAt: string;
  summary: string;
  paragraphs: string[];
  url: string;
}

const day = (instant: string) => new Date(instant).toLocaleDateString('en-GB', { timeZone: 'UTC', day: 'numeric', month: 'long', year: 'numeric' });

export const serviceUrl = (base: string, service: string) => `${base}/status/services/${encodeURIComponent(service)}`;

/** The public title names the services and the day, never the internal report's title. */
export const toPublicIncident = (row: PublicIncidentRow, base: string): PublicIncident => ({
  ...row,
  title: `${row.services.join(', ')}: incident of ${day(row.startedAt)}`,
  services: row.services.map((name) => ({ name, url: serviceUrl(base, name) })),
  paragraphs: row.summary.split(/\n\s*\n/).map((p) => p.trim()).filter(Boolean),
  url: `${base}/status#${row.id}`,
});

export interface ServiceSummary {
  name: string;
  url: string;
  incidents: number;
  single: boolean;
  lastStartedAt: string;
}

export const servicesOf = (incidents: readonly PublicIncident[]): ServiceSummary[] => {
  const byName = new Map<string, ServiceSummary>();
  for (const incident of incidents) {
    for (const { name, url } of incident.services) {
      const known = byName.get(name) ?? { name, url, incidents: 0, single: true, lastStartedAt: incident.startedAt };
      known.incidents += 1;
      known.single = known.incidents === 1;
      if (incident.startedAt > known.lastStartedAt) known.lastStartedAt = incident.startedAt;
      byName.set(name, known);
    }
  }
  return [...byName.values()].sort((a, b) => a.name.localeCompare(b.name));
};
