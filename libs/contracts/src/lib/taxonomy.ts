import { CAUSE_LEVELS, type CauseLevel } from '@hindsight/domain';
import { z } from 'zod';
import { categoryId } from './commands/causes';

const levels = CAUSE_LEVELS as unknown as readonly [CauseLevel, ...CauseLevel[]];

/**
 * The organisation's cause taxonomy, as a file (HINDSIGHT_TAXONOMY) and as GET /api/taxonomy
 * answers it: every category with the levels it may appear on.
 */
export const taxonomySchema = z.strictObject({
  categories: z
    .array(
      z.strictObject({
        id: categoryId(),
        levels: z.array(z.enum(levels)).min(1, 'must name at least one level').refine((l) => new Set(l).size === l.length, 'must not repeat a level'),
      }),
    )
    .min(1, 'must define at least one category')
    .max(500)
    .refine((c) => new Set(c.map((x) => x.id)).size === c.length, 'must not define a category twice')
    .refine((c) => levels.every((level) => c.some((x) => x.levels.includes(level))), `must give every level (${levels.join(', ')}) at least one category`),
});
export type TaxonomyBody = z.infer<typeof taxonomySchema>;
