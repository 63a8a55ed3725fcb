import type { ImportSummary, Postmortem } from '@hindsight/domain';

/** What every accepted command returns: where the report now stands. */
export interface CommandAccepted {
  /** The id of what the command created (report, timeline entry, cause, …), when it created something. */
  id?: string;
  /** The report's revision after the command; send it back as If-Match on the next edit. */
  revision: number;
  /** The global position of the last event written; opaque, for read-your-writes. */
  position: string;
}

/** GET /api/postmortems/:id */
/** The report as the API answers it: its imports without the keys of every suggestion (GET …/suggestions lists them). */
export interface PostmortemDocument extends Omit<Postmortem, 'imports'> {
  imports?: Array<Omit<ImportSummary, 'keys'>>;
  revision: number;
  position: string;
  /** Only with `?asOf=`: when the revision shown was recorded. */
  asOf?: string;
}

export interface FieldError {
  /** Dotted path into the body, or the header / parameter name. */
  field: string;
  reason: string;
}

export interface ConflictingChange {
  revision: number;
  type: string;
  actor: string;
  timestamp: string;
  reason?: string;
}

/** Every error response (RFC 9457 problem details, `application/problem+json`). */
export interface Problem {
  type: string;
  title: string;
  status: number;
  detail: string;
  /** 400: what was wrong with which field. */
  errors?: FieldError[];
  /** 422: the business rule the command broke. */
  rule?: string;
  /** 413: the most bytes the store takes in one append. */
  limit?: number;
  /** 409: the changes made since the revision the editor saw that touch the same thing. */
  conflicts?: ConflictingChange[];
  currentRevision?: number;
}

/** A folded report as the API answers it: each import without the keys of all its suggestions. */
export const toDocument = (state: Postmortem, at: { revision: number; position: string; asOf?: string }): PostmortemDocument => {
  const { imports, ...rest } = state;
  return { ...rest, ...(imports && { imports: imports.map(({ keys: _keys, ...summary }) => summary) }), ...at };
};
