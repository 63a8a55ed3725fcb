import { deliverabilityProblem, stagesByRegime } from '@hindsight/communications';
import { type DynamicModule, Module } from '@nestjs/common';
import type { AppConfig } from '../config/config';
import { AuditModule } from '../audit/audit.module';
import { CommandSender } from './commands/command-sender';
import { ExecutePostmortemCommandHandler } from './commands/execute-postmortem-command.handler';
import { ActionItemsController } from './controllers/action-items.controller';
import { CausesController } from './controllers/causes.controller';
import { CommunicationsController } from './controllers/communications.controller';
import { EvidenceController } from './controllers/evidence.controller';
import { LessonsController } from './controllers/lessons.controller';
import { PostmortemsController } from './controllers/postmortems.controller';
import { ReviewController } from './controllers/review.controller';
import { StakeholdersController } from './controllers/stakeholders.controller';
import { TaxonomyController } from './controllers/taxonomy.controller';
import { TimelineController } from './controllers/timeline.controller';
import { DocumentText } from './queries/document-text';
import { GetPostmortemHandler } from './queries/get-postmortem.handler';
import { REVIEW_POLICY, type ReviewPolicy } from './tokens';

@Module({
  imports: [AuditModule],
  controllers: [
    PostmortemsController,
    TimelineController,
    EvidenceController,
    CausesController,
    ActionItemsController,
    LessonsController,
    StakeholdersController,
    CommunicationsController,
    ReviewController,
    TaxonomyController,
  ],
  providers: [CommandSender, ExecutePostmortemCommandHandler, GetPostmortemHandler, DocumentText],
})
export class PostmortemsModule {
  static register(config: AppConfig): DynamicModule {
    const policy: ReviewPolicy = {
      separationOfDuties: config.separationOfDuties,
      taxonomy: config.taxonomy,
      addressProblem: (transport, to) => deliverabilityProblem(config.outbox, transport, to),
      regimes: stagesByRegime(config.regulatory.regimes),
    };
    // Global: the outbox records what became of each delivery through the same command path.
    return { module: PostmortemsModule, global: true, providers: [{ provide: REVIEW_POLICY, useValue: policy }], exports: [CommandSender] };
  }
}
