import { verifyBundle } from '@hindsight/audit';
import { Command } from 'commander';
import { readFileSync } from 'node:fs';

/** `verify <bundle>`: checks an exported audit bundle offline, with nothing but the file. */
export const verifyProgram = (print: (line: string) => void = console.log, fail: (line: string) => void = console.error): Command =>
  new Command('verify')
    .description('Verify an exported Hindsight audit bundle offline: every hash, every link, and the chain head')
    .argument('<bundle>', 'the .audit.jsonl file exported from /api/postmortems/:id/export/bundle')
    .exitOverride()
    .action((file: string) => {
      const verdict = verifyBundle(readFileSync(file, 'utf8'));
      if (verdict.valid) {
        print(`Valid: ${verdict.manifest.events} events of ${verdict.manifest.streamId}, chain head ${verdict.manifest.head}`);
        print(`Exported by ${verdict.manifest.exportedBy} at ${verdict.manifest.exportedAt}`);
        return;
      }
      fail(`INVALID: ${verdict.reason}${verdict.line ? ` (line ${verdict.line})` : ''}`);
      process.exitCode = 1;
    });
