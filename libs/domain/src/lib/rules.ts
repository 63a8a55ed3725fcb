import { findById } from './collections';
import { DomainRuleViolation, NotFound } from './errors';
import type { ActionItem, Communication, IncidentFacts, Postmortem } from './state';

/** Invariants shared by several decisions. Each throws with the rule it names. */

export const requireEditable = (report: Postmortem): void => {
  if (report.status === 'approved' || report.status === 'published') {
    throw new DomainRuleViolation(
      'report_read_only',
      `The report is ${report.status}: its analysis is read-only until changes are requested or it is reopened`,
    );
  }
};

export const requireAbsent = (items: readonly { id: string }[], id: string, entity: string): void => {
  if (findById(items, id)) throw new DomainRuleViolation('duplicate_id', `${entity} '${id}' already exists`);
};

export const requirePresent = <T extends { id: string }>(items: readonly T[], id: string, entity: string): T => {
  const found = findById(items, id);
  if (!found) throw new NotFound(entity, id);
  return found;
};

/** Links must point at things that exist in this report. */
export const requireLinked = (items: readonly { id: string }[], ids: readonly string[], entity: string): void => {
  const missing = ids.filter((id) => !findById(items, id));
  if (missing.length > 0) {
    throw new DomainRuleViolation('unknown_link', `Linked ${entity} does not exist: ${missing.join(', ')}`);
  }
};

/** The incident's clock only runs forwards: occurred ≤ detected ≤ mitigated ≤ resolved, detected ≤ classified. */
export const requireChronology = (facts: IncidentFacts): void => {
  const chain: [keyof IncidentFacts, string | undefined][] = [
    ['occurredAt', facts.occurredAt],
    ['detectedAt', facts.detectedAt],
    ['mitigatedAt', facts.mitigatedAt],
    ['resolvedAt', facts.resolvedAt],
  ];
  const present = chain.filter((link): link is [keyof IncidentFacts, string] => link[1] !== undefined);
  present.slice(1).forEach(([name, at], i) => requireNotBefore(name, at, ...present[i]));
  if (facts.classifiedAt !== undefined) {
    const [name, at] = present.find(([n]) => n === 'detectedAt') ?? present[0];
    requireNotBefore('classifiedAt', facts.classifiedAt, name, at);
  }
  // A regulator's clock starts at awareness; nothing is classified or determined before it.
  const aware: [string, string] = facts.becameAwareAt === undefined ? ['occurredAt', facts.occurredAt] : ['becameAwareAt', facts.becameAwareAt];
  if (facts.becameAwareAt !== undefined) requireNotBefore('becameAwareAt', facts.becameAwareAt, 'occurredAt', facts.occurredAt);
  if (facts.classifiedMajorAt !== undefined) requireNotBefore('classifiedMajorAt', facts.classifiedMajorAt, ...aware);
  if (facts.materialityDeterminedAt !== undefined) requireNotBefore('materialityDeterminedAt', facts.materialityDeterminedAt, ...aware);
};

const requireNotBefore = (later: string, laterAt: string, earlier: string, earlierAt: string): void => {
  if (Date.parse(laterAt) < Date.parse(earlierAt)) {
    throw new DomainRuleViolation('chronology', `${later} (${laterAt}) must not be before ${earlier} (${earlierAt})`);
  }
};

/** Work can only be in progress once somebody owns it and it has a deadline. */
export const requireOwnedAndScheduled = (item: Pick<ActionItem, 'id' | 'owner' | 'dueDate'>, doing: string): void => {
  if (!item.owner || !item.dueDate) {
    const missing = [!item.owner && 'an owner', !item.dueDate && 'a due date'].filter(Boolean).join(' and ');
    throw new DomainRuleViolation('owner_and_due_date_required', `Action item '${item.id}' needs ${missing} before ${doing}`);
  }
};

export const requireNotReferenced = (referrers: readonly { id: string }[], entity: string, id: string, by: string): void => {
  if (referrers.length > 0) {
    throw new DomainRuleViolation(
      'still_referenced',
      `${entity} '${id}' is linked from ${by} ${referrers.map((r) => `'${r.id}'`).join(', ')}; unlink it first`,
    );
  }
};

/** Whether a communication reaches anyone outside the organisation (customers, partners, regulators). */
export const isExternal = (report: Postmortem, communication: Communication): boolean =>
  communication.stakeholderIds.some((id) => report.stakeholders.find((s) => s.id === id)?.group !== 'internal');

/** Nothing goes outside without a reviewer's approval of its text. */
export const requireApprovedIfExternal = (report: Postmortem, communication: Communication): void => {
  if (isExternal(report, communication) && !communication.approved) {
    throw new DomainRuleViolation('approval_required', `Communication '${communication.id}' goes outside the organisation: a reviewer approves its text first`);
  }
};

/** A review meeting of the report: a communication on the internal meeting channel. */
export const requireMeeting = (report: Postmortem, id: string): Communication => {
  const meeting = requirePresent(report.communications, id, 'Communication');
  if (meeting.channel !== 'internal_meeting') throw new DomainRuleViolation('not_a_meeting', `Communication '${id}' is not a meeting`);
  return meeting;
};
