import type { Position } from './event-store';

/**
 * Sequence-numbered stores encode their global sequence as fixed-width hex, so positions
 * compare correctly as strings and stay opaque to callers.
 */
export const formatPosition = (sequence: bigint): Position => sequence.toString(16).padStart(16, '0') as Position;

export const parsePosition = (position: Position): bigint => BigInt(`0x${position}`);

/** Whether a caller-supplied string is a position this kind of store could have produced. */
export const isSequencePosition = (value: string): value is Position => /^[0-9a-f]{16}$/.test(value);
