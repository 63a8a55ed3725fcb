import { DomainRuleViolation } from './errors';
import type { CommandPolicy } from './policy';
import type { Filing } from './state';

/** Regimes a report is held to must be ones the server has rules for, or nobody would see their deadlines. */
export const requireKnownRegimes = (policy: CommandPolicy, regimes: readonly string[] | undefined): void => {
  const unknown = (regimes ?? []).filter((id) => policy.regimes && !Object.hasOwn(policy.regimes, id));
  if (unknown.length > 0) {
    throw new DomainRuleViolation('unknown_regime', `Unknown regulatory regime: ${unknown.join(', ')}; known: ${Object.keys(policy.regimes ?? {}).join(', ')}`);
  }
};

export const requireKnownFiling = (policy: CommandPolicy, filing: Filing | undefined): void => {
  if (!filing) return;
  requireKnownRegimes(policy, [filing.regime]);
  const stages = policy.regimes?.[filing.regime];
  if (stages && !stages.includes(filing.stage)) {
    throw new DomainRuleViolation('unknown_regime', `Regime '${filing.regime}' has no stage '${filing.stage}'; its stages: ${stages.join(', ')}`);
  }
};
