import { ENTITY_ID } from '../http/id-param.decorator';
import { isAllowed, type Principal } from '@hindsight/identity';
import { type CanActivate, type ExecutionContext, Inject, Injectable, Logger } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { FastifyRequest } from 'fastify';
import { ACCESS_RULE, type RouteAccess } from './access.decorator';
import { Forbidden, Unauthenticated } from './auth-errors';
import { Authenticator } from './authenticator';
import { SignInFailures } from './sign-in-failures';
import { type CurrentReport, ReportTeams } from './report-teams';

/** What the guard found out, for the route: who asks, and the report the path names as it stood when checked. */
export type AuthenticatedRequest = FastifyRequest & { principal?: Principal; report?: CurrentReport };

/** The one place access is decided: authenticate, find the teams a request touches, apply the route's rule. */
@Injectable()
export class AccessGuard implements CanActivate {
  private readonly logger = new Logger('access');

  constructor(
    @Inject(Reflector) private readonly reflector: Reflector,
    @Inject(Authenticator) private readonly authenticator: Authenticator,
    @Inject(ReportTeams) private readonly reportTeams: ReportTeams,
    @Inject(SignInFailures) private readonly failures: SignInFailures,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const access = this.reflector.getAllAndOverride<RouteAccess | undefined>(ACCESS_RULE, [context.getHandler(), context.getClass()]);
    if (access === 'public') return true;
    if (!access) throw new Forbidden('This route has no access rule');

    const request = context.switchToHttp().getRequest<AuthenticatedRequest>();
    const principal = await this.authenticate(request);
    request.principal = principal;
    const teams = await this.teamsTouched(access.team, request);
    if (!isAllowed(principal, access, teams)) {
      this.logger.warn(`${principal.subject} refused ${request.method} ${request.routeOptions.url ?? request.url}`);
      throw new Forbidden();
    }
    return true;
  }

  private async authenticate(request: AuthenticatedRequest): Promise<Principal> {
    await this.failures.refuseIfExhausted(request);
    try {
      return await this.authenticator.authenticate(request.headers.authorization);
    } catch (error) {
      if (error instanceof Unauthenticated) await this.failures.record(request);
      throw error;
    }
  }

  private async teamsTouched(scope: 'report' | 'body' | 'none', request: AuthenticatedRequest): Promise<string[]> {
    const bodyTeam = (request.body as { team?: unknown } | undefined)?.team;
    const named = typeof bodyTeam === 'string' ? [bodyTeam] : [];
    if (scope === 'none') return [];
    if (scope === 'body') return named;
    const id = (request.params as { id?: string }).id;
    request.report = id !== undefined && ENTITY_ID.safeParse(id).success ? await this.reportTeams.reportOf(id) : undefined;
    const team = request.report?.state?.facts.team;
    return [...(team === undefined ? [] : [team]), ...named];
  }
}
