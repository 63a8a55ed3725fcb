import type { Postmortem } from './state';
import type { Instant } from './values';

/** The durations a reader looks for first, in whole minutes; absent when a time is not known. */
export interface KeyDurations {
  /** From the incident's start to its detection. */
  toDetect?: number;
  /** From the start to mitigation: the users' pain ended. */
  toMitigate?: number;
  /** From the start to resolution. */
  toResolve?: number;
  /** From resolution to the review's publication: how long the postmortem itself took. */
  review?: number;
}

const minutes = (from?: Instant, to?: Instant): number | undefined =>
  from === undefined || to === undefined ? undefined : Math.round((Date.parse(to) - Date.parse(from)) / 60_000);

export const keyDurations = ({ facts, publishedAt }: Pick<Postmortem, 'facts' | 'publishedAt'>): KeyDurations => ({
  toDetect: minutes(facts.occurredAt, facts.detectedAt),
  toMitigate: minutes(facts.occurredAt, facts.mitigatedAt),
  toResolve: minutes(facts.occurredAt, facts.resolvedAt),
  review: minutes(facts.resolvedAt, publishedAt),
});

/** 17 → "17 min", 158 → "2 h 38 min", 4,380 → "3 d 1 h": a duration as people say it. */
export const durationInWords = (total: number): string => {
  const days = Math.floor(total / 1_440);
  const hours = Math.floor((total % 1_440) / 60);
  const mins = total % 60;
  if (days > 0) return hours > 0 ? `${days} d ${hours} h` : `${days} d`;
  if (hours > 0) return mins > 0 ? `${hours} h ${mins} min` : `${hours} h`;
  return `${mins} min`;
};
