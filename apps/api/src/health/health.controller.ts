import { healthSchema } from '@hindsight/contracts';
import type { EventStore } from '@hindsight/event-store';
import { Controller, Get, Inject } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { Public } from '../auth/access.decorator';
import { ZodResponse } from '../http/zod-response.decorator';
import { EVENT_STORE } from '../postmortems/tokens';

@ApiTags('operations')
@Controller('health')
export class HealthController {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  /** Up, and the event store answers a read. */
  @Get()
  @ZodResponse(healthSchema)
  @Public()
  async health() {
    await this.store.readAll({ limit: 1 });
    return { status: 'ok', uptimeSeconds: Math.round(process.uptime()) };
  }
}
