import type { CommandPolicy } from '@hindsight/domain';

/** Injection token of the EventStore port (an interface has no runtime class to inject by). */
export const EVENT_STORE = Symbol('EventStore');

export const streamOf = (postmortemId: string): string => `postmortem-${postmortemId}`;

/** How commands are decided and reviews governed; from the configuration. */
export const REVIEW_POLICY = Symbol('ReviewPolicy');
export interface ReviewPolicy extends CommandPolicy {
  /** The approver may be neither the report's author nor its last editor. */
  separationOfDuties: boolean;
}
