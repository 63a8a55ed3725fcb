import { taxonomySchema } from '@hindsight/contracts';
import type { Taxonomy } from '@hindsight/domain';
import { readFileSync } from 'node:fs';
import { ConfigError } from './config-error';

/** Reads HINDSIGHT_TAXONOMY: a JSON file of categories and their levels, checked before the API starts. */
export const loadTaxonomy = (path: string): Taxonomy => {
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new ConfigError(`Invalid configuration:\n  HINDSIGHT_TAXONOMY: cannot read ${path} as JSON (${(error as Error).message})`);
  }
  const parsed = taxonomySchema.safeParse(json);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((issue) => `  HINDSIGHT_TAXONOMY ${['', ...issue.path].join('.') || '.'}: ${issue.message}`);
    throw new ConfigError(`Invalid configuration in ${path}:\n${lines.join('\n')}`);
  }
  return parsed.data;
};
