import { applyChanges, effectiveChanges, isEmpty } from '../collections';
import type { DraftPostmortem, ReviseIncidentFacts, WriteExecutiveSummary } from '../commands';
import { DomainRuleViolation } from '../errors';
import type { PostmortemEvent } from '../events';
import { type CommandPolicy, DEFAULT_POLICY } from '../policy';
import { requireKnownRegimes } from '../regimes';
import { requireChronology, requireEditable } from '../rules';
import type { Postmortem, PostmortemState } from '../state';

export const draftPostmortem = ({ data }: DraftPostmortem, state: PostmortemState, policy: CommandPolicy = DEFAULT_POLICY): PostmortemEvent[] => {
  if (state !== null) throw new DomainRuleViolation('report_exists', `Report '${data.postmortemId}' already exists`);
  requireChronology(data.facts);
  requireKnownRegimes(policy, data.facts.regimes);
  return [{ type: 'PostmortemDrafted', data }];
};

export const reviseIncidentFacts = ({ data }: ReviseIncidentFacts, report: Postmortem, policy: CommandPolicy): PostmortemEvent[] => {
  requireEditable(report);
  const changes = effectiveChanges(report.facts, data.changes);
  if (isEmpty(changes)) return [];
  requireChronology(applyChanges(report.facts, changes));
  if (changes.regimes) requireKnownRegimes(policy, changes.regimes);
  return [{ type: 'IncidentFactsRevised', data: { changes } }];
};

/** Rewriting the summary with the text it already has records nothing. */
export const writeExecutiveSummary = ({ data }: WriteExecutiveSummary, report: Postmortem): PostmortemEvent[] => {
  requireEditable(report);
  return data.text === (report.executiveSummary ?? '') ? [] : [{ type: 'ExecutiveSummaryWritten', data }];
};
