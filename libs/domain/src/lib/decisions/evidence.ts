import { effectiveChanges, isEmpty } from '../collections';
import type { AttachEvidence, RemoveEvidence, ReviseEvidence } from '../commands';
import type { PostmortemEvent } from '../events';
import { requireAbsent, requireEditable, requireNotReferenced, requirePresent } from '../rules';
import { DomainRuleViolation } from '../errors';
import type { Evidence, Postmortem } from '../state';

/** Evidence points somewhere: a link, or a file in the locker. */
export const requireSource = (evidence: Evidence): void => {
  if (evidence.url.trim() === '' && !evidence.file) throw new DomainRuleViolation('evidence_source', `Evidence '${evidence.title}' needs a link or a file`);
};

export const attachEvidence = ({ data }: AttachEvidence, report: Postmortem): PostmortemEvent[] => {
  requireEditable(report);
  requireAbsent(report.evidence, data.id, 'Evidence');
  requireSource(data);
  return [{ type: 'EvidenceAttached', data }];
};

export const reviseEvidence = ({ data }: ReviseEvidence, report: Postmortem): PostmortemEvent[] => {
  requireEditable(report);
  const evidence = requirePresent(report.evidence, data.evidenceId, 'Evidence');
  const changes = effectiveChanges(evidence, data.changes);
  return isEmpty(changes) ? [] : [{ type: 'EvidenceRevised', data: { evidenceId: evidence.id, changes } }];
};

export const removeEvidence = ({ data }: RemoveEvidence, report: Postmortem): PostmortemEvent[] => {
  requireEditable(report);
  const evidence = requirePresent(report.evidence, data.evidenceId, 'Evidence');
  const citing = [...report.timeline, ...report.causes].filter((item) => item.evidenceIds.includes(evidence.id));
  requireNotReferenced(citing, 'Evidence', evidence.id, 'timeline entries or causes');
  return [{ type: 'EvidenceRemoved', data: { evidenceId: evidence.id } }];
};
