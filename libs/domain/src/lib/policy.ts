import { DEFAULT_TAXONOMY, type Taxonomy } from './taxonomy';
import type { Transport } from './values';

/** What an organisation configures about how commands are decided. */
export interface CommandPolicy {
  taxonomy: Taxonomy;
  /** Why the server cannot send to an address, if it cannot; unset: every address is accepted. */
  addressProblem?: (transport: Transport, to: string) => string | undefined;
  /** The regulatory regimes the server knows, each with the ids of its stages; unset: any is accepted. */
  regimes?: Readonly<Record<string, readonly string[]>>;
}

export const DEFAULT_POLICY: CommandPolicy = { taxonomy: DEFAULT_TAXONOMY };
