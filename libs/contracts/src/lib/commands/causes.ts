import { CAUSE_LEVELS, type CauseLevel } from '@hindsight/domain';
import { z } from 'zod';
import { changes, entityIds, oneOf, requiredText } from '../primitives';

const levels = CAUSE_LEVELS as unknown as readonly [CauseLevel, ...CauseLevel[]];

/**
 * A category id of the organisation's taxonomy. Which ids exist, and on which levels, is the
 * server's configuration (GET /api/taxonomy), so the domain checks them: 422 `unknown_category`
 * or `category_level_mismatch`.
 */
export const categoryId = () =>
  z.string().regex(/^[a-z][a-z0-9_]{0,63}$/, 'must be a category id: 1–64 lower-case letters, digits or "_", starting with a letter');

const cause = {
  level: oneOf(levels),
  category: categoryId(),
  description: requiredText(),
  evidenceIds: entityIds(),
  timelineEntryIds: entityIds(),
};

export const identifyCauseBody = z.strictObject({
  ...cause,
  evidenceIds: cause.evidenceIds.default([]),
  timelineEntryIds: cause.timelineEntryIds.default([]),
});
export type IdentifyCauseBody = z.infer<typeof identifyCauseBody>;

export const reviseCauseBody = changes(cause);
export type ReviseCauseBody = z.infer<typeof reviseCauseBody>;
