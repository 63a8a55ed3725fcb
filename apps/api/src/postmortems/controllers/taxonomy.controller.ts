import { type TaxonomyBody, taxonomySchema } from '@hindsight/contracts';
import { Controller, Get, Inject } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { Access, WHO } from '../../auth/access.decorator';
import { ZodResponse } from '../../http/zod-response.decorator';
import { REVIEW_POLICY, type ReviewPolicy } from '../tokens';

@ApiTags('causes')
@ApiBearerAuth()
@Controller('taxonomy')
export class TaxonomyController {
  constructor(@Inject(REVIEW_POLICY) private readonly policy: ReviewPolicy) {}

  /** The cause categories this organisation uses and the levels each may appear on (HINDSIGHT_TAXONOMY). */
  @Get()
  @ZodResponse(taxonomySchema)
  @Access(WHO.anyone, 'none')
  taxonomy(): TaxonomyBody {
    return this.policy.taxonomy;
  }
}
