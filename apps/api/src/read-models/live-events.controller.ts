import { type Principal, readableTeams } from '@hindsight/identity';
import { postmortemIdOf, ProjectionRunner } from '@hindsight/projections';
import type Database from 'better-sqlite3';
import { Controller, Inject, type MessageEvent, Req, Sse } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { Observable } from 'rxjs';
import { Access, WHO } from '../auth/access.decorator';
import { Authenticator } from '../auth/authenticator';
import { Caller } from '../auth/caller.decorator';
import { FileResponse } from '../http/file-response.decorator';
import { Metrics } from '../metrics/metrics';
import { READ_MODELS } from './tokens';

const HEARTBEAT_MS = 15_000;
/** How often an open stream checks that its credentials still hold (revoked, expired). */
export const CREDENTIAL_RECHECK_MS = 1_000;

@ApiTags('reports')
@ApiBearerAuth()
@Controller('events')
export class LiveEventsController {
  constructor(
    @Inject(ProjectionRunner) private readonly runner: ProjectionRunner,
    @Inject(READ_MODELS) private readonly db: Database.Database,
    @Inject(Authenticator) private readonly authenticator: Authenticator,
    @Inject(Metrics) private readonly metrics: Metrics,
  ) {}

  /**
   * Server-Sent Events: one `change` message per new event (report id, event type, revision,
   * position), sent once the read models reflect it, for the reports the caller may read.
   */
  @Sse()
  @FileResponse('text/event-stream', 'Server-sent events: `change` messages ({ postmortemId, type, revision, position }) as the log grows')
  @Access(WHO.readsReports, 'none')
  live(@Caller() caller: Principal, @Req() request: FastifyRequest): Observable<MessageEvent> {
    const authorization = request.headers.authorization;
    const teams = readableTeams(caller);
    const teamOf = this.db.prepare<[string], { team: string }>('SELECT team FROM rm_reports WHERE id = ?');
    return new Observable<MessageEvent>((subscriber) => {
      this.metrics.liveClients.inc();
      const unsubscribe = this.runner.onApplied((events) => {
        for (const event of events) {
          const postmortemId = postmortemIdOf(event.streamId);
          if (postmortemId === undefined) continue;
          if (teams && !teams.includes(teamOf.get(postmortemId)?.team ?? '')) continue;
          subscriber.next({
            type: 'change',
            id: event.position,
            data: { postmortemId, type: event.type, revision: Number(event.revision), position: event.position },
          });
        }
      });
      const heartbeat = setInterval(() => subscriber.next({ type: 'heartbeat', data: {} }), HEARTBEAT_MS);
      // A revoked or expired token ends the stream: revocation is immediate for streams too.
      const recheck = setInterval(() => {
        this.authenticator.authenticate(authorization).catch(() => subscriber.complete());
      }, CREDENTIAL_RECHECK_MS);
      return () => {
        unsubscribe();
        clearInterval(heartbeat);
        clearInterval(recheck);
        this.metrics.liveClients.dec();
      };
    });
  }
}
