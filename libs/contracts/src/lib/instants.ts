import { PLAUSIBLE, toUtc } from '@hindsight/domain';
import { z } from 'zod';

/** How far back and forward each kind of time may lie: a rule of the domain (importers read times by it too). */
export { PLAUSIBLE } from '@hindsight/domain';


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
