import { openEventStore, type RecordedEvent } from '@hindsight/event-store';
import { consistencyProof, inclusionProof, MemoryTree, readLog, rootAt, toLeaf } from '@hindsight/transparency';
import { Command, InvalidArgumentError } from 'commander';
import type { Output } from './output';

const wholeNumber = (value: string): number => {
  if (!/^\d{1,15}$/.test(value)) throw new InvalidArgumentError('must be a whole number');
  return Number(value);
};

/** The tree recomputed from the log itself, trusting nothing the server stored beside it. */
const treeOf = async (location: string, find?: (event: RecordedEvent) => boolean) => {
  const store = openEventStore(location);
  const tree = new MemoryTree();
  let found: number | undefined;
  try {
    for await (const page of readLog(store)) {
      for (const event of page) {
        if (found === undefined && find?.(event)) found = tree.size;
        tree.append(toLeaf(event).hash);
      }
    }
  } finally {
    await store.close();
  }
  return { tree, found };
};

const hex = (hashes: readonly Buffer[]) => hashes.map((h) => h.toString('hex'));

/** `verify inclusion <store> --stream --revision [--size]`: the inclusion proof of one event, as the API gives it. */
export const inclusionCommand = ({ print }: Output): Command =>
  new Command('inclusion')
    .description('Print the RFC 9162 inclusion proof of one event in the tree of the log\'s first <size> events, recomputed from the log')
    .argument('<store>', 'the embedded store file or a kurrentdb:// connection string')
    .requiredOption('--stream <stream>', 'e.g. postmortem-<id> or audit-exports')
    .requiredOption('--revision <n>', 'the event\'s revision in its stream', wholeNumber)
    .option('--size <n>', 'the tree size of a checkpoint (default: the whole log)', wholeNumber)
    .exitOverride()
    .action(async (location: string, options: { stream: string; revision: number; size?: number }) => {
      const { tree, found } = await treeOf(location, (e) => e.streamId === options.stream && e.revision === BigInt(options.revision));
      if (found === undefined) throw new Error(`${options.stream} has no revision ${options.revision}`);
      const size = options.size ?? tree.size;
      print(JSON.stringify({ stream: options.stream, revision: options.revision, leafIndex: found, treeSize: size, leafHash: tree.leaf(found).toString('hex'), proof: hex(inclusionProof(tree, found, size)), root: rootAt(tree, size).toString('hex') }, null, 2));
    });

/** `verify consistency <store> --from --to`: the consistency proof between two tree sizes. */
export const consistencyCommand = ({ print }: Output): Command =>
  new Command('consistency')
    .description('Print the RFC 9162 consistency proof between the trees of the log\'s first <from> and <to> events, recomputed from the log')
    .argument('<store>', 'the embedded store file or a kurrentdb:// connection string')
    .requiredOption('--from <n>', 'the smaller tree size', wholeNumber)
    .requiredOption('--to <n>', 'the larger tree size', wholeNumber)
    .exitOverride()
    .action(async (location: string, options: { from: number; to: number }) => {
      const { tree } = await treeOf(location);
      print(JSON.stringify({ from: options.from, to: options.to, proof: hex(consistencyProof(tree, options.from, options.to)), fromRoot: rootAt(tree, options.from).toString('hex'), toRoot: rootAt(tree, options.to).toString('hex') }, null, 2));
    });
