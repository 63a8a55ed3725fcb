import { attachedFiles } from '@hindsight/audit';
import { openEventStore } from '@hindsight/event-store';
import { EvidenceLocker, type FileCondition } from '@hindsight/evidence-locker';
import { readLog } from '@hindsight/transparency';
import { Command } from 'commander';
import { dirname, join } from 'node:path';
import type { Output } from './output';

interface Claim {
  streamId: string;
  revision: bigint;
  name: string;
  sha256: string;
}

/** Every evidence file the log says was attached: its digest as the attaching event recorded it. */
const claims = async (location: string): Promise<Claim[]> => {
  const store = openEventStore(location);
  const found: Claim[] = [];
  try {
    for await (const page of readLog(store)) {
      for (const { event, file } of attachedFiles(page)) found.push({ streamId: event.streamId, revision: event.revision, name: file.name, sha256: file.sha256 });
    }
  } finally {
    await store.close();
  }
  return found;
};

/**
 * `verify evidence <store>`: each file the log attached as evidence, checked against the digest
 * its event recorded. The log's hashes cover the digests (`verify log`); this covers the files.
 */
export const evidenceCommand = ({ print, fail }: Output): Command =>
  new Command('evidence')
    .description('Check every evidence file the log attached against the SHA-256 its event recorded, naming each changed or missing file')
    .argument('<store>', 'the embedded store file (data/hindsight.sqlite) or a kurrentdb:// connection string')
    .option('--evidence-dir <dir>', 'the evidence locker (default: $HINDSIGHT_EVIDENCE_DIR, or evidence beside an embedded store)')
    .exitOverride()
    .action(async (location: string, options: { evidenceDir?: string }) => {
      const directory = options.evidenceDir ?? process.env['HINDSIGHT_EVIDENCE_DIR'] ?? join(dirname(location), 'evidence');
      const locker = new EvidenceLocker(directory, Number.MAX_SAFE_INTEGER);
      const counts: Record<FileCondition, number> = { intact: 0, changed: 0, missing: 0 };
      const checked = new Map<string, FileCondition>();
      const all = await claims(location);
      for (const claim of all) {
        const condition = checked.get(claim.sha256) ?? (await locker.condition(claim.sha256));
        checked.set(claim.sha256, condition);
        counts[condition] += 1;
        if (condition !== 'intact') fail(`${condition.toUpperCase()}: ${claim.name} (${claim.sha256}), attached in ${claim.streamId} at revision ${claim.revision}`);
      }
      const summary = `${all.length} evidence files: ${counts.intact} intact, ${counts.changed} changed, ${counts.missing} missing (locker ${directory})`;
      if (counts.changed + counts.missing > 0) {
        fail(`INVALID: ${summary}`);
        process.exitCode = 1;
      } else print(`Valid: ${summary}`);
    });
