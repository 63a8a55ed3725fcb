import { DEFAULT_TAXONOMY, type Taxonomy } from './taxonomy';

/** What an organisation configures about how commands are decided. */
export interface CommandPolicy {
  taxonomy: Taxonomy;
}

export const DEFAULT_POLICY: CommandPolicy = { taxonomy: DEFAULT_TAXONOMY };
