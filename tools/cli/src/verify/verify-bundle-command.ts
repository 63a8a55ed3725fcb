import { verifyBundle } from '@hindsight/audit';
import { Command } from 'commander';
import { readFileSync } from 'node:fs';
import { collect, trustedKeys } from './trusted-keys';
import type { Output } from './output';

/** `verify bundle <file>`: an exported audit bundle, offline, with the log's public key. */
export const bundleCommand = ({ print, fail }: Output): Command =>
  new Command('bundle')
    .description('Verify an exported audit bundle offline: the manifest\'s signature, the checkpoint, every hash, link and inclusion proof')
    .argument('<bundle>', 'the .audit.jsonl file exported from /api/postmortems/:id/export/bundle')
    .option('--key <vkey>', 'a public key of the log (repeatable)', collect)
    .option('--keys <file>', 'a file of public keys, one per line, as GET /.well-known/hindsight-log-keys serves them')
    .exitOverride()
    .action((file: string, options: { key?: string[]; keys?: string }) => {
      const verdict = verifyBundle(readFileSync(file, 'utf8'), trustedKeys(options));
      if (!verdict.valid) {
        fail(`INVALID: ${verdict.reason}${verdict.line ? ` (line ${verdict.line})` : ''}`);
        process.exitCode = 1;
        return;
      }
      print(`Valid: ${verdict.events} events of ${verdict.streamId}, chain head ${verdict.head}`);
      print(`Exported by ${verdict.exportedBy} at ${verdict.exportedAt}`);
      if (verdict.checkpoint) {
        print(`Every event is in the log ${verdict.checkpoint.origin} as its checkpoint of ${verdict.checkpoint.size} events signs it (root ${verdict.checkpoint.root}), signed by ${verdict.checkpoint.signedBy}`);
      } else {
        print('Version 1 bundle: unsigned; it shows only that the file is self-consistent.');
      }
      if (verdict.files) print(`${verdict.files} evidence file${verdict.files === 1 ? '' : 's'} carried, each matching the SHA-256 its event recorded`);
    });
