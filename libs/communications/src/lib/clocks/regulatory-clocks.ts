import type { Postmortem } from '@hindsight/domain';
import { type Moments, type StageClock, stageClock } from './deadlines';
import type { Regime } from './regime';
import { WorkingCalendar } from './working-calendar';

export interface RegimeClock {
  regime: string;
  name: string;
  source: string;
  /** Where its days are counted: the country of its public holidays (if any) and the time zone. */
  calendar: { country?: string; timeZone: string };
  stages: StageClock[];
}

/** The regimes a server knows, and the calendar of the organisation for those counted where it is. */
export class RegulatoryClocks {
  private readonly calendars = new Map<string, WorkingCalendar>();

  constructor(
    readonly regimes: readonly Regime[],
    private readonly organisation: WorkingCalendar,
  ) {
    for (const regime of regimes) this.calendars.set(regime.id, regime.calendar === 'organisation' ? organisation : new WorkingCalendar(regime.calendar.country, regime.calendar.timeZone));
  }

  /** Every deadline the report is held to, and where each stands at `now`. */
  of(report: Postmortem, now: Date): RegimeClock[] {
    return (report.facts.regimes ?? []).flatMap((id) => {
      const regime = this.regimes.find((r) => r.id === id);
      const calendar = this.calendars.get(id);
      if (!regime || !calendar) return [];
      const moments = momentsOf(report, id);
      return [
        {
          regime: regime.id,
          name: regime.name,
          source: regime.source,
          calendar: { ...(calendar.country ? { country: calendar.country } : {}), timeZone: calendar.timeZone },
          stages: regime.stages.map((stage) => stageClock(stage, regime, moments, calendar, now)),
        },
      ];
    });
  }
}

/** Awareness is detection unless recorded otherwise, and the incident's start if neither is. */
export const momentsOf = (report: Postmortem, regime: string): Moments => {
  const f = report.facts;
  const filed: Moments['filed'] = {};
  const filings = report.communications.filter((c) => c.filing?.regime === regime && c.status === 'sent' && c.sentAt).sort((a, b) => Date.parse(a.sentAt ?? '') - Date.parse(b.sentAt ?? ''));
  for (const c of filings) {
    const stage = c.filing?.stage ?? '';
    filed[stage] = { first: filed[stage]?.first ?? (c.sentAt as string), latest: c.sentAt as string };
  }
  return {
    facts: {
      occurredAt: f.occurredAt,
      detectedAt: f.detectedAt,
      becameAwareAt: f.becameAwareAt ?? f.detectedAt ?? f.occurredAt,
      classifiedMajorAt: f.classifiedMajorAt,
      materialityDeterminedAt: f.materialityDeterminedAt,
      resolvedAt: f.resolvedAt,
    },
    filed,
  };
};
