import type { PostmortemDocument } from '@hindsight/contracts';
import { Query } from '@nestjs/cqrs';

export class GetPostmortemQuery extends Query<PostmortemDocument> {
  constructor(readonly postmortemId: string) {
    super();
  }
}
