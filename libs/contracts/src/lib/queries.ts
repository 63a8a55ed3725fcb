import { ACTION_ITEM_STATUSES, PRIORITY_BANDS, REPORT_STATUSES, SEVERITIES } from '@hindsight/domain';
import { z } from 'zod';
import { startOfDay } from './instants';
import { name, oneOf, queryInstant, searchText } from './primitives';

/** Query strings of the read API. Every read can wait for the caller's own write. */

export const minPosition = () =>
  z.string().regex(/^[0-9a-f-]{1,64}$/, 'must be a position returned by a command').optional();

/** A range boundary: a date-time, or a date meaning the start of that day in UTC; either way a UTC instant. */
const boundary = () =>
  z
    .string()
    .transform((value) => (/^\d{4}-\d{2}-\d{2}$/.test(value) ? startOfDay(value) : value))
    .pipe(queryInstant());

/** `from` must come before `to` (to is exclusive): an empty or inverted range is a mistake worth saying. */
const orderedRange = (range: { from?: string; to?: string }, ctx: z.RefinementCtx) => {
  if (range.from !== undefined && range.to !== undefined && range.from >= range.to) {
    ctx.addIssue({ code: 'custom', path: ['to'], message: `must be after from (${range.from}); the range is empty or inverted` });
  }
};

/** How a list is ordered: each sort has its natural direction (newest first, A to Z), `order` turns it. */
const order = () => z.enum(['asc', 'desc']).optional();

export const REPORT_SORTS = ['occurredAt', 'title', 'severity', 'status', 'team', 'updatedAt'] as const;
export const BOARD_SORTS = ['priority', 'due', 'report', 'owner', 'status'] as const;

export const listReportsQuery = z.strictObject({
  status: oneOf(REPORT_STATUSES).optional(),
  severity: oneOf(SEVERITIES).optional(),
  service: name().optional(),
  team: name().optional(),
  /** Team and service name whole names (any case) rather than any part: a trend's bar opens exactly its incidents. */
  exact: z.enum(['true', 'false']).transform((v) => v === 'true').optional(),
  /** Incidents that occurred from this instant (inclusive)… */
  from: boundary().optional(),
  /** …until this one (exclusive). */
  to: boundary().optional(),
  q: searchText().optional(),
  sort: oneOf(REPORT_SORTS).optional(),
  order: order(),
  limit: z.coerce.number().int().min(1).max(100).default(25),
  offset: z.coerce.number().int().min(0).max(1_000_000).default(0),
  minPosition: minPosition(),
}).superRefine(orderedRange);
export type ListReportsQuery = z.infer<typeof listReportsQuery>;

export const readQuery = z.strictObject({ minPosition: minPosition() });
export type ReadQuery = z.infer<typeof readQuery>;

export const actionItemBoardQuery = z.strictObject({
  owner: name().optional(),
  team: name().optional(),
  status: oneOf(ACTION_ITEM_STATUSES).optional(),
  band: oneOf(PRIORITY_BANDS).optional(),
  overdue: z.enum(['true', 'false']).transform((v) => v === 'true').optional(),
  sort: oneOf(BOARD_SORTS).optional(),
  order: order(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  offset: z.coerce.number().int().min(0).max(10_000_000).default(0),
  minPosition: minPosition(),
});
export type ActionItemBoardQuery = z.infer<typeof actionItemBoardQuery>;

export const DIRECTORY_KINDS = ['person', 'team', 'service'] as const;

export const directoryQuery = z.strictObject({
  kind: oneOf(DIRECTORY_KINDS).optional(),
  q: searchText().optional(),
  limit: z.coerce.number().int().min(1).max(50).default(10),
  minPosition: minPosition(),
});
export type DirectoryQuery = z.infer<typeof directoryQuery>;

export const TREND_GROUPINGS = ['month', 'service', 'team', 'severity', 'detection'] as const;

export const trendsQuery = z.strictObject({
  from: boundary().optional(),
  to: boundary().optional(),
  service: name().optional(),
  team: name().optional(),
  severity: oneOf(SEVERITIES).optional(),
  groupBy: oneOf(TREND_GROUPINGS).default('month'),
  minPosition: minPosition(),
}).superRefine(orderedRange);
export type TrendsQuery = z.infer<typeof trendsQuery>;

/** A revision number, or an instant: the report as it stood then. */
export const asOf = () =>
  z.union([z.string().regex(/^\d{1,15}$/).transform(Number), queryInstant()], { error: 'must be a revision number or an ISO-8601 date-time' });

export const documentQuery = z.strictObject({ asOf: asOf().optional() });

/** `files=true` carries the report's evidence files after its events (docs/audit-format.md, section 7). */
export const bundleQuery = z.strictObject({ files: z.enum(['true', 'false']).transform((v) => v === 'true').default(false) });
export type BundleQuery = z.infer<typeof bundleQuery>;
export type DocumentQuery = z.infer<typeof documentQuery>;

export const historyQuery = z.strictObject({
  limit: z.coerce.number().int().min(1).max(1_000).default(100),
  offset: z.coerce.number().int().min(0).default(0),
});
export type HistoryQuery = z.infer<typeof historyQuery>;

export const diffQuery = z.strictObject({
  from: z.coerce.number().int().min(-1).max(1e15),
  to: z.coerce.number().int().min(0).max(1e15),
});
export type DiffQuery = z.infer<typeof diffQuery>;

const treeSize = () => z.coerce.number().int().min(0).max(2 ** 53 - 1);

/** GET /api/transparency/inclusion: one event, by its stream and revision, in the tree of `size` leaves (default: the latest checkpoint). */
export const inclusionQuery = z.strictObject({
  stream: z.string().min(1).max(200).describe('the event stream, e.g. postmortem-<id> or audit-exports'),
  revision: z.coerce.number().int().min(0).max(1e15),
  size: treeSize().optional().describe('the tree size of a signed checkpoint; default: the latest'),
});
export type InclusionQuery = z.infer<typeof inclusionQuery>;

/** GET /api/transparency/consistency: that the tree of `from` leaves is a prefix of the tree of `to`. */
export const consistencyQuery = z
  .strictObject({ from: treeSize(), to: treeSize() })
  .refine((q) => q.from <= q.to, { path: ['to'], message: 'must be at least from' });
export type ConsistencyQuery = z.infer<typeof consistencyQuery>;

/** GET /api/transparency/checkpoint: the latest, or the one signed at `size`. */
export const checkpointQuery = z.strictObject({ size: treeSize().optional() });
export type CheckpointQuery = z.infer<typeof checkpointQuery>;
