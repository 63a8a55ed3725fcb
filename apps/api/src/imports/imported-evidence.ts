import type { PostmortemDocument } from '@hindsight/contracts';
import type { Evidence } from '@hindsight/domain';
import type { EvidenceLocker } from '@hindsight/evidence-locker';
import type { SuggestionRow } from '@hindsight/projections';
import { entityIdFor } from '../postmortems/commands/event-ids';

/**
 * The evidence accepted suggestions cite: the file each came from, when the locker keeps it.
 * A file already attached (by an earlier acceptance) is cited again, not attached twice.
 */
export const importedEvidence = async (
  report: PostmortemDocument,
  suggestions: readonly SuggestionRow[],
  locker: EvidenceLocker,
  commandId: string,
): Promise<{ attach: Evidence[]; citing: Map<string, string> }> => {
  const attach: Evidence[] = [];
  const citing = new Map<string, string>();
  for (const importId of new Set(suggestions.map((s) => s.importId))) {
    const source = report.imports?.find((i) => i.id === importId);
    if (!source || !locker.has(source.sha256)) continue;
    const attached = report.evidence.find((e) => e.file?.sha256 === source.sha256) ?? attach.find((e) => e.file?.sha256 === source.sha256);
    if (attached) {
      citing.set(importId, attached.id);
      continue;
    }
    const first = suggestions.find((s) => s.importId === importId) as SuggestionRow;
    const file = { name: source.file, ...(await locker.describe(source.sha256)) };
    const evidence: Evidence = { id: entityIdFor(`${commandId}/evidence/${importId}`), kind: first.evidenceKind, title: source.file, url: '', description: `Imported as ${source.format}; the timeline entries accepted from it cite it.`, file };
    attach.push(evidence);
    citing.set(importId, evidence.id);
  }
  return { attach, citing };
};
