import { effectiveChanges, isEmpty } from '../collections';
import type { AttachEvidence, RemoveEvidence, ReviseEvidence } from '../commands';
import type { PostmortemEvent } from '../events';
import { requireAbsent, requireEditable, requireNotReferenced, requirePresent } from '../rules';
import type { Postmortem } from '../state';

export const attachEvidence = ({ data }: AttachEvidence, report: Postmortem): PostmortemEvent[] => {
  requireEditable(report);
  requireAbsent(report.evidence, data.id, 'Evidence');
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
