import { DateTime, Duration } from 'luxon';
import type { Regime, Stage, Term } from './regime';
import type { WorkingCalendar } from './working-calendar';

/** The moments of one report a regime's clocks read: its facts, and when each stage was filed. */
export interface Moments {
  facts: Partial<Record<string, string>>;
  /** Per stage id: the first and the latest filing. */
  filed: Record<string, { first: string; latest: string }>;
}

export type StageStatus = 'waiting' | 'due' | 'overdue' | 'met' | 'late' | 'not_applicable';

export interface StageClock {
  stage: string;
  name: string;
  status: StageStatus;
  /** What it still waits for, while `waiting`. */
  waitingFor?: string;
  dueAt?: string;
  /** The deadline before a non-working day moved it. */
  movedFrom?: string;
  filedAt?: string;
  /** How the deadline was reached, in words. */
  basis?: string;
}

const WORDS: Record<string, string> = {
  occurredAt: 'the incident started',
  detectedAt: 'detection',
  becameAwareAt: 'awareness',
  classifiedMajorAt: 'classification as major',
  materialityDeterminedAt: 'the materiality determination',
  resolvedAt: 'resolution',
};
export const anchorInWords = (anchor: string) => WORDS[anchor] ?? `the ${anchor.slice(6)} filing`;

/** A stage's moment: the latest filing counts for what follows it (an updated intermediate report restarts the final's month). */
const momentOf = (anchor: string, moments: Moments): string | undefined =>
  anchor.startsWith('filed:') ? moments.filed[anchor.slice(6)]?.latest : moments.facts[anchor];

const termDeadline = (term: Term, from: string, calendar: WorkingCalendar): DateTime => {
  const start = calendar.local(DateTime.fromISO(from));
  // Hours are elapsed time; days and months are calendar days and months where the clock runs.
  return 'duration' in term ? start.plus(Duration.fromISO(term.duration)) : calendar.addWorkingDays(start, term.businessDays, term.at);
};

const termInWords = (term: Term) => {
  const amount = 'duration' in term ? Duration.fromISO(term.duration).toHuman({ unitDisplay: 'long' }) : `${term.businessDays} business days`;
  return `${amount} after ${anchorInWords(term.of)}${'at' in term ? `, at ${term.at}` : ''}`;
};

interface Deadline {
  at: DateTime;
  basis: string;
}

/** The earliest of the stage's terms whose moments are known, ignoring a term that would fall before the stage can open. */
const earliest = (terms: readonly Term[], opens: DateTime, moments: Moments, calendar: WorkingCalendar): Deadline | undefined =>
  terms
    .flatMap((term) => {
      const from = momentOf(term.of, moments);
      return from ? [{ at: termDeadline(term, from, calendar), basis: termInWords(term) }] : [];
    })
    .filter((d) => d.at >= opens)
    .sort((a, b) => a.at.toMillis() - b.at.toMillis())[0];

/** The regime's rule for a deadline on a weekend or public holiday. */
const onWorkingDay = (deadline: Deadline, regime: Regime, calendar: WorkingCalendar): Deadline & { movedFrom?: DateTime } => {
  const rule = regime.nonWorkingDays;
  if (!rule || calendar.isWorkingDay(deadline.at)) return deadline;
  const off = calendar.holidayOn(deadline.at) ?? calendar.local(deadline.at).weekdayLong;
  return { at: calendar.nextWorkingDay(deadline.at, rule.at), movedFrom: deadline.at, basis: `${deadline.basis}; that is ${off}, so ${rule.at} on the next working day` };
};

const iso = (at: DateTime) => at.toUTC().toISO() as string;

/** Where one stage of a regime stands for a report, at `now`. */
export const stageClock = (stage: Stage, regime: Regime, moments: Moments, calendar: WorkingCalendar, now: Date): StageClock => {
  const base = { stage: stage.id, name: stage.name };
  const opened = momentOf(stage.opensAt, moments);
  if (!opened) return { ...base, status: 'waiting', waitingFor: anchorInWords(stage.opensAt) };
  const found = earliest(stage.within, DateTime.fromISO(opened), moments, calendar);
  if (!found) return { ...base, status: 'waiting', waitingFor: stage.within.map((t) => anchorInWords(t.of)).join(' or ') };
  let deadline: Deadline & { movedFrom?: DateTime } = onWorkingDay(found, regime, calendar);
  const resolved = moments.facts['resolvedAt'];
  const ongoingAtDeadline = !resolved || DateTime.fromISO(resolved) > deadline.at;
  if (stage.onlyIfOngoing && !ongoingAtDeadline) return { ...base, status: 'not_applicable', basis: 'the incident was resolved before it fell due' };
  if (stage.ifOngoing && ongoingAtDeadline) {
    if (!resolved) return { ...base, status: 'waiting', waitingFor: `${anchorInWords('resolvedAt')} (still ongoing when it first fell due)` };
    deadline = onWorkingDay({ at: termDeadline(stage.ifOngoing, resolved, calendar), basis: termInWords(stage.ifOngoing) }, regime, calendar);
  }
  const filedAt = moments.filed[stage.id]?.first;
  const dueAt = deadline.at.toMillis();
  const status: StageStatus = filedAt ? (Date.parse(filedAt) <= dueAt ? 'met' : 'late') : now.getTime() > dueAt ? 'overdue' : 'due';
  return { ...base, status, dueAt: iso(deadline.at), ...(deadline.movedFrom ? { movedFrom: iso(deadline.movedFrom) } : {}), ...(filedAt ? { filedAt } : {}), basis: deadline.basis };
};
