import { v5 as uuidv5 } from 'uuid';

/** Namespace for ids derived from command ids (a fixed, random UUID). */
const NAMESPACE = '6f1c2b9e-4d0a-4b8e-9a57-2c3d8e1f0b42';

/** The i-th event of a command always gets the same id, so the store recognises a retry. */
export const eventIdFor = (commandId: string, index: number): string => uuidv5(`${commandId}/event/${index}`, NAMESPACE);

/**
 * A command id scoped to its sender, from a client's Idempotency-Key. The pair is encoded as a
 * JSON array, so no actor and key can run together into another pair (`a/b` + `c` ≠ `a` + `b/c`).
 */
export const commandIdFor = (actor: string, idempotencyKey: string): string =>
  uuidv5(JSON.stringify(['idempotency-key', actor, idempotencyKey]), NAMESPACE);

/** The id of what a command creates, stable across retries. */
export const entityIdFor = (commandId: string): string => uuidv5(`${commandId}/entity`, NAMESPACE);
