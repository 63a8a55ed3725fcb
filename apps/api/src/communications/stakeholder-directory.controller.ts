import { type StakeholderDirectory, stakeholderDirectorySchema } from '@hindsight/contracts';
import { Controller, Get, Inject } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { Access, WHO } from '../auth/access.decorator';
import { ZodResponse } from '../http/zod-response.decorator';

export const STAKEHOLDER_DIRECTORY = Symbol('StakeholderDirectory');

/** The organisation's stakeholders (HINDSIGHT_STAKEHOLDERS_FILE): a report picks from them, with their channel and addresses. */
@ApiTags('communication')
@ApiBearerAuth()
@Controller('stakeholder-directory')
export class StakeholderDirectoryController {
  constructor(@Inject(STAKEHOLDER_DIRECTORY) private readonly directory: StakeholderDirectory) {}

  @Get()
  @ZodResponse(stakeholderDirectorySchema)
  @Access(WHO.anyone, 'none')
  list(): StakeholderDirectory {
    return this.directory;
  }
}
