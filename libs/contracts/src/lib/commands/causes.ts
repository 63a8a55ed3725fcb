import { ALL_CAUSE_CATEGORIES, CAUSE_CATEGORIES, CAUSE_LEVELS, type CauseCategory, type CauseLevel } from '@hindsight/domain';
import { z } from 'zod';
import { changes, entityIds, oneOf, requiredText } from '../primitives';

const levels = CAUSE_LEVELS as unknown as readonly [CauseLevel, ...CauseLevel[]];
const categories = ALL_CAUSE_CATEGORIES as unknown as readonly [CauseCategory, ...CauseCategory[]];

const belongsToLevel = (value: { level?: CauseLevel; category?: CauseCategory }, ctx: z.RefinementCtx) => {
  if (value.level && value.category && !(CAUSE_CATEGORIES[value.level] as readonly string[]).includes(value.category)) {
    ctx.addIssue({
      code: 'custom',
      path: ['category'],
      message: `must be a category of ${value.level}: ${CAUSE_CATEGORIES[value.level].join(', ')}`,
    });
  }
};

const cause = {
  level: oneOf(levels),
  category: oneOf(categories),
  description: requiredText(),
  evidenceIds: entityIds(),
  timelineEntryIds: entityIds(),
};

export const identifyCauseBody = z
  .strictObject({ ...cause, evidenceIds: cause.evidenceIds.default([]), timelineEntryIds: cause.timelineEntryIds.default([]) })
  .superRefine(belongsToLevel);
export type IdentifyCauseBody = z.infer<typeof identifyCauseBody>;

export const reviseCauseBody = changes(cause).superRefine(belongsToLevel);
export type ReviseCauseBody = z.infer<typeof reviseCauseBody>;
