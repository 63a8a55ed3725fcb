import type { RecordedEvent } from '@hindsight/event-store';
import { Checkpointer, inclusionProof, type IssuedCheckpoint, type TreeMaintainer, TreeStore } from '@hindsight/transparency';
import { TREE_MAINTAINER } from './tokens';
import { Inject, Injectable, ServiceUnavailableException } from '@nestjs/common';

/** A checkpoint issued for an export, and the proofs of the exported events in it. */
@Injectable()
export class ExportCheckpoint {
  constructor(
    @Inject(TREE_MAINTAINER) private readonly follower: TreeMaintainer,
    @Inject(TreeStore) private readonly tree: TreeStore,
    @Inject(Checkpointer) private readonly checkpointer: Checkpointer,
  ) {}

  /** Brings the tree level with the log and signs it, so the checkpoint covers every event exported. */
  async issue(): Promise<IssuedCheckpoint> {
    await this.follower.catchUp();
    return this.checkpointer.issue();
  }

  /** The event's leaf and its inclusion proof (hex) in the tree of `size` leaves. */
  inclusion(event: RecordedEvent, size: number): { leafIndex: number; proof: string[] } {
    const leafIndex = this.tree.indexOf(event.position);
    if (leafIndex === undefined || leafIndex >= size) throw new ServiceUnavailableException('The checkpoint does not cover this report\'s newest event yet: try again in a moment');
    return { leafIndex, proof: inclusionProof(this.tree, leafIndex, size).map((h) => h.toString('hex')) };
  }
}
