/** Who sends a command and on what basis: read from the request, stored as event metadata. */
export interface EditorContext {
  actor: string;
  /** Unique per command; from the Idempotency-Key when given, so a retry is recognised. */
  commandId: string;
  /** An id for whatever the command creates, stable across retries of the same command. */
  newId: string;
  correlationId: string;
  /** The report revision the editor saw (If-Match); absent means "apply to the latest". */
  basedOnRevision?: number;
  reason?: string;
  /** With an Idempotency-Key: the fingerprint of the request, stored so that a reuse of the key for another request is refused. */
  requestDigest?: string;
}
