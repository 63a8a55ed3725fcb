import { SqliteEventStore } from '@hindsight/event-store';
import { ALL_PROJECTIONS, openReadModels, ProjectionRunner, readModelsPathFor, rebuildReadModelsFile } from '@hindsight/projections';
import { SingleBar } from 'cli-progress';
import { Command, InvalidArgumentError, Option } from 'commander';
import { join } from 'node:path';

const names = ALL_PROJECTIONS.map((p) => p.name);
const projection = (value: string, previous: string[] = []): string[] => {
  if (!names.includes(value)) throw new InvalidArgumentError(`must be one of ${names.join(', ')}`);
  return [...previous, value];
};
const positive = (value: string): number => {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1 || n > 100_000) throw new InvalidArgumentError('must be a whole number from 1 to 100000');
  return n;
};

interface Options {
  data: string;
  readModels?: string;
  batchSize: number;
}

/** `projections rebuild | catch-up | status`: the read models of the embedded store, offline. */
export const projectionsProgram = (print: (line: string) => void = console.log): Command => {
  const program = new Command('projections')
    .description('Rebuild or catch up the read models of the embedded store')
    .addOption(new Option('--data <file>', 'the event store file').default(process.env['HINDSIGHT_DATA'] ?? 'data/hindsight.sqlite', '$HINDSIGHT_DATA or data/hindsight.sqlite'))
    .option('--read-models <file>', 'the read models file (default: beside the event store)')
    .option('--batch-size <events>', 'events per transaction', positive, 10_000)
    .exitOverride()
    .showHelpAfterError();

  const timedRun = async (label: string, work: (store: SqliteEventStore, bar: SingleBar) => Promise<{ applied: number; position: string | undefined }>) => {
    const store = SqliteEventStore.open(program.opts<Options>().data);
    const bar = new SingleBar({ format: `${label} [{bar}] {percentage}% | {value}/{total} events | {speed} events/s`, hideCursor: true, noTTYOutput: true, notTTYSchedule: 2_000 });
    const started = process.hrtime.bigint();
    try {
      const { applied, position } = await work(store, bar);
      bar.stop();
      const seconds = Number(process.hrtime.bigint() - started) / 1e9;
      print(`${label}: ${applied} events in ${seconds.toFixed(1)} s, ${Math.round(applied / Math.max(seconds, 1e-9))} events/s; read models at ${position ?? 'the start'}`);
    } finally {
      await store.close();
    }
  };

  const readModelsFile = () => program.opts<Options>().readModels ?? readModelsPathFor(program.opts<Options>().data);
  const runnerOptions = () => ({
    batchSize: program.opts<Options>().batchSize,
    warn: (m: string) => print(m),
    streamReader: { script: join(__dirname, 'each-stream-reader.js'), location: program.opts<Options>().data },
  });

  /** Works on the read models file in place, through one runner. */
  const run = (work: (runner: ProjectionRunner, store: SqliteEventStore, bar: SingleBar) => Promise<number>, label: string) =>
    timedRun(label, async (store, bar) => {
      const db = openReadModels(readModelsFile());
      try {
        const runner = new ProjectionRunner(store, db, ALL_PROJECTIONS, runnerOptions());
        return { applied: await work(runner, store, bar), position: runner.position };
      } finally {
        db.close();
      }
    });

  /** A progress bar over the events after `from` (all of them when undefined). */
  const track = (from: string | undefined, store: SqliteEventStore, bar: SingleBar) => {
    const after = from === undefined ? 0 : parseInt(from, 16);
    const total = (store.database.prepare('SELECT count(*) AS n FROM events WHERE position > ?').get(after) as { n: bigint }).n;
    const started = Date.now();
    bar.start(Number(total), 0, { speed: 0 });
    return ({ applied }: { applied: number }) => bar.update(applied, { speed: Math.round(applied / Math.max((Date.now() - started) / 1000, 0.001)) });
  };

  program
    .command('rebuild')
    .description('apply every event again: to all read models in a new file that replaces the old once complete, or to those named in place')
    .option('--only <projection>', `one of ${names.join(', ')}; repeat for several`, projection)
    .action((options: { only?: string[] }) =>
      options.only
        ? run((runner, store, bar) => runner.rebuild(options.only, track(undefined, store, bar)), 'Rebuilt')
        : timedRun('Rebuilt', (store, bar) => rebuildReadModelsFile(store, readModelsFile(), ALL_PROJECTIONS, runnerOptions(), track(undefined, store, bar))),
    );

  program
    .command('catch-up')
    .description('apply the events the read models have not seen yet')
    .action(() => run((runner, store, bar) => runner.catchUp(track(runner.position, store, bar)), 'Caught up'));

  return program;
};
