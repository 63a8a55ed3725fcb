import { type EventStore, LogVerifier, openEventStore } from '@hindsight/event-store';
import { readModelsPathFor } from '@hindsight/projections';
import { auditLog, DirectoryWitness, type LeafCopy, parseCheckpointText, readLog, treePathFor, TreeStore, verifyNote } from '@hindsight/transparency';
import Database from 'better-sqlite3';
import { Command } from 'commander';
import { existsSync, readFileSync } from 'node:fs';
import type { Output } from './output';
import { collect, trustedKeys } from './trusted-keys';

interface LogOptions {
  checkpoint: string;
  key?: string[];
  keys?: string;
  witnessDir?: string;
  tree?: string;
}

const treeCopy = (path: string | undefined): { copy: LeafCopy; close: () => void } | undefined => {
  if (!path || !existsSync(path)) return undefined;
  const db = new Database(path, { readonly: true, fileMustExist: true });
  const hasTree = db.prepare("SELECT 1 FROM sqlite_master WHERE name = 'tlog_leaves'").get();
  if (!hasTree) return void db.close();
  const tree = new TreeStore(db);
  return { copy: { name: `the tree in ${path}`, leaf: (i) => tree.leaf(i)?.hash }, close: () => db.close() };
};

const report = async (store: EventStore, options: LogOptions, { print, fail }: Output): Promise<boolean> => {
  const note = readFileSync(options.checkpoint, 'utf8');
  const checkpoint = parseCheckpointText(verifyNote(note, trustedKeys(options)).note.text);
  const tree = treeCopy(options.tree);
  const copies = [...(options.witnessDir ? [new DirectoryWitness(options.witnessDir).leafCopy()] : []), ...(tree ? [tree.copy] : [])];
  try {
    // One reading of the log serves both the checkpoint and every stream's chain.
    const chains = new LogVerifier();
    const audit = await auditLog(() => readLog(store), checkpoint, copies, (event) => chains.add(event));
    if (audit.valid) {
      print(`Valid: the first ${checkpoint.size} events of the log are the ones the checkpoint of ${checkpoint.origin} signs (root ${audit.checkpoint.root}).`);
      if (audit.logSize > checkpoint.size) print(`${audit.logSize - checkpoint.size} newer events are not covered by this checkpoint.`);
    } else if (audit.firstBad) {
      const at = audit.firstBad.event ? ` (${audit.firstBad.event.streamId} revision ${audit.firstBad.event.revision}, event ${audit.firstBad.event.id})` : '';
      fail(`INVALID at event ${audit.firstBad.index} of the log${at}: ${audit.firstBad.reason}`);
    } else {
      fail(`INVALID: ${audit.reason}`);
    }
    // Each stream's own chain too: it names the report an edit broke, where the tree names the place in the log.
    chains.broken.forEach((b) => fail(`BROKEN CHAIN: ${b.streamId} at revision ${b.revision}: ${b.reason}`));
    return audit.valid && chains.broken.length === 0;
  } finally {
    tree?.close();
  }
};

/** `verify log <store> --checkpoint <file>`: the whole log against a checkpoint the auditor pinned. */
export const logCommand = (output: Output): Command =>
  new Command('log')
    .description('Verify a whole event log (an embedded store file or a KurrentDB URL) against a pinned, signed checkpoint, naming the first event that departs from it')
    .argument('<store>', 'the embedded store file (data/hindsight.sqlite) or a kurrentdb:// connection string')
    .requiredOption('--checkpoint <file>', 'a signed checkpoint you trust (GET /api/transparency/checkpoint, or one from a witness directory)')
    .option('--key <vkey>', 'a public key of the log (repeatable)', collect)
    .option('--keys <file>', 'a file of public keys, one per line')
    .option('--witness-dir <dir>', 'a witness directory: its copy of the leaf hashes names the first bad event even if the server\'s tree was rebuilt')
    .option('--tree <file>', 'the file holding the server\'s tree (default: beside an embedded store, data/hindsight.tree.sqlite)')
    .exitOverride()
    .action(async (location: string, options: LogOptions) => {
      const store = openEventStore(location);
      try {
        const tree = options.tree ?? (location.includes('://') ? undefined : treePathFor(readModelsPathFor(location)));
        if (!(await report(store, { ...options, tree }, output))) process.exitCode = 1;
      } finally {
        await store.close();
      }
    });
