import { DomainRuleViolation } from './errors';
import { CAUSE_CATEGORIES, CAUSE_LEVELS, type CauseLevel } from './values';

/** One category of cause the organisation uses, and the levels of analysis it may appear on. */
export interface CauseCategoryDefinition {
  id: string;
  levels: CauseLevel[];
}

/**
 * The organisation's cause categories. Commands are checked against it; stored causes never
 * are, so changing it (dropping a category, moving one to another level) leaves every stored
 * event valid and every report readable.
 */
export interface Taxonomy {
  categories: CauseCategoryDefinition[];
}

/** Today's categories, each on its one level. */
export const DEFAULT_TAXONOMY: Taxonomy = {
  categories: CAUSE_LEVELS.flatMap((level) => CAUSE_CATEGORIES[level].map((id) => ({ id, levels: [level] }))),
};

export const categoriesOn = (taxonomy: Taxonomy, level: CauseLevel): string[] =>
  taxonomy.categories.filter((c) => c.levels.includes(level)).map((c) => c.id);

export const requireCategoryOfLevel = (level: CauseLevel, category: string, taxonomy: Taxonomy): void => {
  const allowed = categoriesOn(taxonomy, level);
  if (!taxonomy.categories.some((c) => c.id === category)) {
    throw new DomainRuleViolation('unknown_category', `Category '${category}' is not in the organisation's taxonomy; choose one of ${allowed.join(', ')}`);
  }
  if (!allowed.includes(category)) {
    throw new DomainRuleViolation('category_level_mismatch', `Category '${category}' is not a ${level.replace('_', ' ')}; choose one of ${allowed.join(', ')}`);
  }
};
