import { type EventStore } from '@hindsight/event-store';
import { CheckpointLog, Checkpointer, DirectoryWitness, HttpWitness, type LogKeys, loadLogKeys, loadWitnessKey, parseVerifierKey, TreeFollower, type TreeMaintainer, treePathFor, TreeStore, TreeWorker, WitnessService } from '@hindsight/transparency';
import { openReadModels } from '@hindsight/projections';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type Database from 'better-sqlite3';
import { type DynamicModule, Global, Inject, Logger, Module, type OnApplicationBootstrap, type OnModuleDestroy } from '@nestjs/common';
import type { AppConfig } from '../config/config';
import { EVENT_STORE } from '../postmortems/tokens';
import type { AccessTokens, LegacyTokenTable } from '@hindsight/identity';
import { accessProblems } from '../auth/access-integrity';
import { ACCESS_TOKENS, LEGACY_TOKENS } from '../auth/authenticator';
import { CheckpointSchedule } from './checkpoint-schedule';
import { ExportCheckpoint } from './export-checkpoint';
import { IntegrityMonitor } from './integrity-monitor';

import { CONFIG, LOG_KEYS, TREE_DB, TREE_MAINTAINER, WITNESS_DIRECTORY, WITNESS_SERVICE } from './tokens';
import { TransparencyController } from './transparency.controller';
import { WellKnownController } from './well-known.controller';
import { WitnessController } from './witness.controller';

const logger = new Logger('transparency');

/**
 * The Merkle tree over the whole log, kept beside the read models; its signed checkpoints,
 * handed to witnesses; the background integrity check; and, when configured, the witness
 * this instance is for other logs.
 */
@Global()
@Module({})
export class TransparencyModule implements OnApplicationBootstrap, OnModuleDestroy {
  private verifyTimer?: NodeJS.Timeout;

  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(TreeStore) private readonly tree: TreeStore,
    @Inject(TREE_MAINTAINER) private readonly follower: TreeMaintainer,
    @Inject(TREE_DB) private readonly treeDb: Database.Database,
    @Inject(CheckpointSchedule) private readonly schedule: CheckpointSchedule,
    @Inject(IntegrityMonitor) private readonly monitor: IntegrityMonitor,
    @Inject(CONFIG) private readonly config: AppConfig,
  ) {}

  static register(config: AppConfig): DynamicModule {
    const t = config.transparency;
    return {
      module: TransparencyModule,
      controllers: [TransparencyController, WellKnownController, WitnessController],
      providers: [
        { provide: CONFIG, useValue: config },
        { provide: LOG_KEYS, useFactory: () => loadLogKeys(t.signingKey, t.keyDir, (vkey) => logger.log(`Generated this log's signing key in ${t.keyDir}; its public key, to pin: ${vkey}`)) },
        { provide: TREE_DB, useFactory: () => openReadModels(treePathFor(config.readModelsPath)) },
        { provide: TreeStore, inject: [TREE_DB], useFactory: (db: Database.Database) => new TreeStore(db) },
        { provide: CheckpointLog, inject: [TREE_DB], useFactory: (db: Database.Database) => new CheckpointLog(db) },
        { provide: WITNESS_DIRECTORY, useFactory: () => (t.witnessDir ? new DirectoryWitness(t.witnessDir) : undefined) },
        {
          provide: Checkpointer,
          inject: [TreeStore, CheckpointLog, LOG_KEYS, WITNESS_DIRECTORY, EVENT_STORE],
          useFactory: (tree: TreeStore, log: CheckpointLog, keys: LogKeys, directory: DirectoryWitness | undefined, store: EventStore) =>
            new Checkpointer(tree, log, {
              origin: keys.signer.name,
              signer: keys.signer,
              witnesses: [...(directory ? [directory] : []), ...t.witnesses.map((w) => new HttpWitness(w.url, parseVerifierKey(w.vkey)))],
              caughtUp: async () => (await store.lastPosition()) === tree.lastPosition,
              unreachable: (witness, error) => logger.warn(`${witness.name} could not be reached (${error.message}); it catches up at the next checkpoint`),
            }),
        },
        {
          provide: IntegrityMonitor,
          inject: [EVENT_STORE, TreeStore, CheckpointLog, LOG_KEYS, WITNESS_DIRECTORY, ACCESS_TOKENS, LEGACY_TOKENS, WITNESS_SERVICE],
          useFactory: (
            store: EventStore,
            tree: TreeStore,
            log: CheckpointLog,
            keys: LogKeys,
            directory: DirectoryWitness | undefined,
            tokens: AccessTokens,
            legacy: LegacyTokenTable,
            witness: WitnessService | undefined,
          ) =>
            new IntegrityMonitor(store, tree, log, keys.verifiers, directory, async () => [
              ...(await accessProblems(tokens, legacy)),
              ...(witness?.refusals() ?? []).map((r) => `As a witness, refused a checkpoint of ${r.origin} at ${r.at}: ${r.reason}`),
            ]),
        },
        {
          provide: CheckpointSchedule,
          inject: [Checkpointer, IntegrityMonitor],
          useFactory: (checkpointer: Checkpointer, monitor: IntegrityMonitor) => new CheckpointSchedule(checkpointer, monitor, t.checkpointEvery, logger),
        },
        {
          provide: TREE_MAINTAINER,
          inject: [EVENT_STORE, TreeStore, CheckpointSchedule],
          useFactory: (store: EventStore, tree: TreeStore, schedule: CheckpointSchedule): TreeMaintainer => {
            const options = { warn: (m: string) => logger.warn(m), onGrown: (size: number) => schedule.grown(size) };
            // Built, the API has the worker's script beside it; tests run the same follower in this thread.
            const script = join(__dirname, 'tree-worker.js');
            const treeFile = treePathFor(config.readModelsPath);
            return existsSync(script) && treeFile !== ':memory:'
              ? new TreeWorker({ ...options, script, leafReaderScript: join(__dirname, 'leaf-reader.js'), location: config.eventStore ?? config.databasePath, treeFile })
              : new TreeFollower(store, tree, options);
          },
        },
        ExportCheckpoint,
        {
          provide: WITNESS_SERVICE,
          inject: [TREE_DB],
          useFactory: (db: Database.Database) =>
            t.witnessFor.length === 0
              ? undefined
              : new WitnessService(db, t.witnessFor.map(parseVerifierKey), loadWitnessKey(t.keyDir, (vkey) => logger.log(`Generated this instance's witness key in ${t.keyDir}; its public key: ${vkey}`))),
        },
      ],
      exports: [Checkpointer, IntegrityMonitor, TreeStore, CheckpointLog, LOG_KEYS, ExportCheckpoint],
    };
  }

  /** Builds the tree over an existing log once (with progress), then follows it, checks it, and signs checkpoints. */
  onApplicationBootstrap(): void {
    void this.startUp().catch((error: Error) => logger.error(`The Merkle tree stopped: ${error.message}`));
  }

  private async startUp(): Promise<void> {
    const started = Date.now();
    const from = this.tree.size;
    let said = from;
    const added = await this.follower.catchUp((size) => {
      if (size - said >= 100_000) logger.log(`Building the Merkle tree over the log: ${(said = size).toLocaleString('en')} events`);
    });
    if (added > 0) logger.log(`The Merkle tree covers ${this.tree.size.toLocaleString('en')} events (${added.toLocaleString('en')} added in ${((Date.now() - started) / 1000).toFixed(1)} s)`);
    this.follower.follow();
    // Signed first, so the check has a checkpoint; a witness refusing it is an alarm in the verdict.
    await this.schedule.issue();
    this.schedule.start();
    const verdict = await this.monitor.check();
    if (verdict.status === 'failed') logger.error(`The log failed verification: ${verdict.firstBad?.reason ?? verdict.reason ?? verdict.alarms.join('; ')}`);
    this.verifyTimer = setInterval(() => void this.monitor.check(), this.config.transparency.verifyEverySeconds * 1000);
    this.verifyTimer.unref();
  }

  /** Before any module's shutdown: the read models' database, where the tree lives, closes then. */
  async onModuleDestroy(): Promise<void> {
    clearInterval(this.verifyTimer);
    this.schedule.stop();
    await this.follower.stop();
    if (this.treeDb.open) this.treeDb.close();
  }
}
