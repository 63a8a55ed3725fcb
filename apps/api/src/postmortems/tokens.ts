/** Injection token of the EventStore port (an interface has no runtime class to inject by). */
export const EVENT_STORE = Symbol('EventStore');

export const streamOf = (postmortemId: string): string => `postmortem-${postmortemId}`;

/** How reviews are governed; from the configuration. */
export const REVIEW_POLICY = Symbol('ReviewPolicy');
export interface ReviewPolicy {
  /** The approver may be neither the report's author nor its last editor. */
  separationOfDuties: boolean;
}
