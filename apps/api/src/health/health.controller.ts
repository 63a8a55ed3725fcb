import { healthSchema, healthWithIntegritySchema, readinessSchema } from '@hindsight/contracts';
import type { EventStore } from '@hindsight/event-store';
import { ProjectionRunner } from '@hindsight/projections';
import { Controller, Get, Inject, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { Public } from '../auth/access.decorator';
import { ZodResponse } from '../http/zod-response.decorator';
import { EVENT_STORE } from '../postmortems/tokens';
import { IntegrityMonitor } from '../transparency/integrity-monitor';
import { readiness, READY_LIMITS, type ReadyLimits } from './readiness';

@ApiTags('operations')
@Controller('health')
export class HealthController {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(ProjectionRunner) private readonly runner: ProjectionRunner,
    @Inject(READY_LIMITS) private readonly limits: ReadyLimits,
    @Inject(IntegrityMonitor) private readonly integrity: IntegrityMonitor,
  ) {}

  /** Up, the event store answers a read, and the last verdict on the log's integrity. */
  @Get()
  @ZodResponse(healthWithIntegritySchema)
  @Public()
  async health() {
    await this.store.readAll({ limit: 1 });
    return { status: 'ok', uptimeSeconds: Math.round(process.uptime()), integrity: this.integrity.verdict.status };
  }

  /** The process is up (whatever the store and the read models say): restart it only when this fails. */
  @Get('live')
  @ZodResponse(healthSchema)
  @Public()
  live() {
    return { status: 'ok', uptimeSeconds: Math.round(process.uptime()) };
  }

  /** Send traffic here: the store answers and the read models follow the log within the limits; 503 with the reasons when not. */
  @Get('ready')
  @ZodResponse(readinessSchema)
  @ZodResponse(readinessSchema, 'Not ready: the reasons say why', 503)
  @Public()
  async ready(@Res({ passthrough: true }) reply: FastifyReply) {
    const answer = await readiness(this.store, this.runner, this.limits);
    if (answer.status !== 'ready') void reply.status(503);
    return answer;
  }
}
