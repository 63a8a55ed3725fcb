/** The evidence locker (libs/evidence-locker) this instance keeps files in. */
export const EVIDENCE_LOCKER = Symbol('EVIDENCE_LOCKER');
