import { logKeyHistory, rotateLogKey } from '@hindsight/transparency';
import { Command } from 'commander';

const DEFAULT_KEY_DIR = process.env['HINDSIGHT_KEY_DIR'] ?? 'data/keys';

/** `log-keys show|rotate`: the public keys that sign this log's checkpoints, and replacing the current one. */
export const logKeysProgram = (print: (line: string) => void = console.log): Command => {
  const program = new Command('log-keys').description('The keys that sign the log\'s checkpoints (kept in HINDSIGHT_KEY_DIR, default data/keys)').exitOverride();
  program
    .command('show')
    .description('Print every public key the log has signed with, newest first, as C2SP verifier keys')
    .option('--key-dir <dir>', 'the key directory', DEFAULT_KEY_DIR)
    .action(({ keyDir }: { keyDir: string }) => {
      const keys = logKeyHistory(keyDir);
      if (keys.length === 0) throw new Error(`No log keys in ${keyDir}: the API creates one on its first start`);
      keys.forEach((key) => print(key));
    });
  program
    .command('rotate')
    .description('Sign new checkpoints with a new key of the same name; the old public key stays published, so earlier checkpoints still verify. Restart the API afterwards.')
    .option('--key-dir <dir>', 'the key directory', DEFAULT_KEY_DIR)
    .action(({ keyDir }: { keyDir: string }) => {
      const { previous, current } = rotateLogKey(keyDir);
      print(`Retired: ${previous}`);
      print(`Current: ${current}`);
      print('Restart the API to sign with the new key; give witnesses and auditors the new public key.');
    });
  return program;
};
