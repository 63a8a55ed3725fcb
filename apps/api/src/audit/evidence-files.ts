import { attachedFiles } from '@hindsight/audit';
import type { EvidenceFile } from '@hindsight/domain';
import type { RecordedEvent } from '@hindsight/event-store';
import type { EvidenceLocker } from '@hindsight/evidence-locker';
import { readFile } from 'node:fs/promises';

/**
 * The files a report's events attached, as the locker holds them now: a changed file is carried
 * as it is, so the bundle's verifier names it; a missing one cannot be carried (`verify evidence` names it).
 */
export const evidenceFiles = async (events: readonly RecordedEvent[], locker: EvidenceLocker): Promise<{ file: EvidenceFile; content: Buffer }[]> => {
  const files = new Map<string, EvidenceFile>();
  for (const { file } of attachedFiles(events)) if (!files.has(file.sha256) && locker.has(file.sha256)) files.set(file.sha256, file);
  return Promise.all([...files.values()].map(async (file) => ({ file, content: await readFile(locker.pathOf(file.sha256)) })));
};
