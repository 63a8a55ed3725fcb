import {
  type CheckpointQuery,
  checkpointQuery,
  type ConsistencyProof,
  consistencyProofSchema,
  type ConsistencyQuery,
  consistencyQuery,
  type InclusionProof,
  inclusionProofSchema,
  type InclusionQuery,
  inclusionQuery,
  integritySchema,
  reportIntegritySchema,
} from '@hindsight/contracts';
import type { EventStore } from '@hindsight/event-store';
import { CheckpointLog, Checkpointer, consistencyProof, inclusionProof, TreeStore } from '@hindsight/transparency';
import { Controller, Get, Header, Inject, NotFoundException, ConflictException } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { Access, Public, WHO } from '../auth/access.decorator';
import { FileResponse } from '../http/file-response.decorator';
import { IdParam } from '../http/id-param.decorator';
import { ZodQuery } from '../http/zod-query.decorator';
import { ZodResponse } from '../http/zod-response.decorator';
import { EVENT_STORE, streamOf } from '../postmortems/tokens';
import { IntegrityMonitor } from './integrity-monitor';

const hex = (hashes: readonly Buffer[]) => hashes.map((h) => h.toString('hex'));

/** Checkpoints, proofs and the integrity verdict: what an auditor checks without trusting this server (docs/audit-format.md). */
@ApiTags('transparency')
@ApiBearerAuth()
@Controller()
export class TransparencyController {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(TreeStore) private readonly tree: TreeStore,
    @Inject(CheckpointLog) private readonly checkpoints: CheckpointLog,
    @Inject(Checkpointer) private readonly checkpointer: Checkpointer,
    @Inject(IntegrityMonitor) private readonly monitor: IntegrityMonitor,
  ) {}

  /** The latest signed checkpoint (or the one of `size`), as a C2SP signed note. Public: it holds a size and a hash. */
  @Get('transparency/checkpoint')
  @Public()
  @FileResponse('text/plain', 'A C2SP tlog-checkpoint signed note, with any witnesses\' cosignatures')
  @Header('content-type', 'text/plain; charset=utf-8')
  checkpoint(@ZodQuery(checkpointQuery) { size }: CheckpointQuery): string {
    const issued = size === undefined ? this.checkpoints.latest() : this.checkpoints.at(size);
    if (!issued) throw new NotFoundException(size === undefined ? 'No checkpoint has been signed yet' : `No checkpoint was signed at tree size ${size}`);
    return issued.note;
  }

  /** Proves one event is in the log that a signed checkpoint commits to (RFC 9162 inclusion proof). */
  @Get('transparency/inclusion')
  @ZodResponse(inclusionProofSchema)
  @Access(['auditor'], 'none')
  async inclusion(@ZodQuery(inclusionQuery) { stream, revision, size }: InclusionQuery): Promise<InclusionProof> {
    const [event] = await this.store.readStream(stream, { fromRevision: BigInt(revision), toRevision: BigInt(revision) });
    const index = event && this.tree.indexOf(event.position);
    if (index === undefined) throw new NotFoundException(event ? 'The event is not in the tree yet: ask again in a moment' : `${stream} has no revision ${revision}`);
    const issued = size === undefined ? await this.checkpointer.issue() : this.checkpoints.at(size);
    if (!issued) throw new NotFoundException(`No checkpoint was signed at tree size ${size}`);
    if (index >= issued.checkpoint.size) throw new ConflictException(`The checkpoint of ${issued.checkpoint.size} events does not cover event ${index} yet`);
    return {
      stream,
      revision,
      leafIndex: index,
      treeSize: issued.checkpoint.size,
      leafHash: this.tree.subtree(0, index).toString('hex'),
      proof: hex(inclusionProof(this.tree, index, issued.checkpoint.size)),
      checkpoint: issued.note,
    };
  }

  /** Proves the tree of `from` events is a prefix of the tree of `to` events (RFC 9162 consistency proof). */
  @Get('transparency/consistency')
  @ZodResponse(consistencyProofSchema)
  @Access(['auditor'], 'none')
  consistency(@ZodQuery(consistencyQuery) { from, to }: ConsistencyQuery): ConsistencyProof {
    if (to > this.tree.size) throw new NotFoundException(`The tree holds ${this.tree.size} events, not ${to}`);
    return { from, to, proof: hex(consistencyProof(this.tree, from, to)) };
  }

  /** The background verifier's last verdict on the whole log against the latest trusted checkpoint. */
  @Get('integrity')
  @ZodResponse(integritySchema)
  @Access(['auditor'], 'none')
  integrity() {
    return this.monitor.verdict;
  }

  /** Whether this report's events can be trusted as served; the dashboard shows a banner when not. */
  @Get('postmortems/:id/integrity')
  @ZodResponse(reportIntegritySchema)
  @Access(WHO.readsReports)
  reportIntegrity(@IdParam('id') id: string) {
    return { ...this.monitor.reportStatus(streamOf(id)), checkedAt: this.monitor.verdict.checkedAt };
  }
}
