import { toUtc } from '@hindsight/domain';
import { z } from 'zod';

const DAY_MS = 86_400_000;
const YEAR_MS = 365.25 * DAY_MS;

/**
 * How far back and forward each kind of time may lie. Hindsight reviews incidents of
 * systems that exist: nothing happened before 1990, nothing has happened more than a day
 * from now (clock skew), and nothing is planned or due more than a few years out.
 */
export const PLAUSIBLE = {
  earliest: '1990-01-01T00:00:00.000Z',
  /** Occurred, detected, resolved, timeline entries, sent: at most this far past the server's clock. */
  happenedSlackMs: DAY_MS,
  /** Planned communications: at most this far ahead. */
  plannedAheadMs: 2 * YEAR_MS,
  /** Action-item due dates: at most this far ahead. */
  dueAheadMs: 5 * YEAR_MS,
  /** Query boundaries may reach this far ahead (a range "until next year"). */
  queryAheadMs: 10 * YEAR_MS,
} as const;


const iso = () =>
  z.iso.datetime({ offset: true, error: 'must be an ISO-8601 date-time with a time zone, e.g. 2026-03-14T09:30:00Z' });

const dayOf = (ms: number) => new Date(ms).toISOString().slice(0, 10);

const within = (aheadMs: number) => (value: string, ctx: z.RefinementCtx) => {
  const at = Date.parse(value);
  const latest = Date.now() + aheadMs;
  if (at < Date.parse(PLAUSIBLE.earliest)) ctx.addIssue({ code: 'custom', message: `must not be before ${PLAUSIBLE.earliest.slice(0, 10)}` });
  else if (at > latest) ctx.addIssue({ code: 'custom', message: `must not be after ${dayOf(latest)}` });
};

const instantWithin = (aheadMs: number) => iso().superRefine(within(aheadMs)).transform(toUtc);

/** A moment of the incident or of its handling: it has happened, give or take a day of clock skew. */
export const instant = () => instantWithin(PLAUSIBLE.happenedSlackMs);

/** A moment something is planned for. */
export const plannedInstant = () => instantWithin(PLAUSIBLE.plannedAheadMs);

/** An instant used to select (query boundaries, "as of"). */
export const queryInstant = () => instantWithin(PLAUSIBLE.queryAheadMs);

/** A calendar date, `YYYY-MM-DD`, no more than `aheadMs` from today. */
export const calendarDate = (aheadMs: number = PLAUSIBLE.dueAheadMs) =>
  z.iso
    .date({ error: 'must be a calendar date, YYYY-MM-DD' })
    .superRefine((value, ctx) => within(aheadMs)(`${value}T00:00:00.000Z`, ctx));

/** A day as the UTC instant it starts at. */
export const startOfDay = (date: string): string => `${date}T00:00:00.000Z`;
