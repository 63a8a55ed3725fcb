/** Injection token of the EventStore port (an interface has no runtime class to inject by). */
export const EVENT_STORE = Symbol('EventStore');

export const streamOf = (postmortemId: string): string => `postmortem-${postmortemId}`;
