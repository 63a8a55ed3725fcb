import { StatusPage, toPublicIncident } from '@hindsight/communications';
import { publicIncidents } from '@hindsight/projections';
import type Database from 'better-sqlite3';
import { Controller, Get, Header, Inject, NotFoundException, Param, Req } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { FastifyRequest } from 'fastify';
import { Public } from '../auth/access.decorator';
import type { StatusPageConfig } from '../config/communications-config';
import { FileResponse } from '../http/file-response.decorator';
import { READ_MODELS } from '../read-models/tokens';

export const STATUS_PAGE_CONFIG = Symbol('StatusPageConfig');
/** More than any status page lists; every published incident counts towards its service. */
const ALL = 10_000;

/**
 * The public status page: no sign-in, and nothing on it but what was published for the public
 * (each report's public summary, its services and times as published).
 */
@ApiTags('status page')
@Controller('status')
export class StatusPageController {
  constructor(
    @Inject(StatusPage) private readonly page: StatusPage,
    @Inject(READ_MODELS) private readonly db: Database.Database,
    @Inject(STATUS_PAGE_CONFIG) private readonly config: StatusPageConfig,
  ) {}

  @Get()
  @Public()
  @FileResponse('text/html', 'The status page: every service with its incidents, and the recent incidents with their public summaries')
  @Header('content-type', 'text/html; charset=utf-8')
  home(@Req() request: FastifyRequest): string {
    return this.page.html(this.incidents(request), this.options(request));
  }

  @Get('services/:service')
  @Public()
  @FileResponse('text/html', "One service's incident history")
  @Header('content-type', 'text/html; charset=utf-8')
  service(@Param('service') service: string, @Req() request: FastifyRequest): string {
    const incidents = this.incidents(request);
    if (!incidents.some((i) => i.services.some((s) => s.name === service))) throw new NotFoundException(`No published incident of the service '${service}'`);
    return this.page.html(incidents, this.options(request), service);
  }

  @Get('feed.atom')
  @Public()
  @FileResponse('application/atom+xml', 'The published incidents as an Atom feed (RFC 4287)')
  @Header('content-type', 'application/atom+xml; charset=utf-8')
  atom(@Req() request: FastifyRequest): string {
    return this.page.atom(this.incidents(request), this.options(request));
  }

  @Get('feed.json')
  @Public()
  @FileResponse('application/feed+json', 'The published incidents as a JSON Feed (version 1)')
  @Header('content-type', 'application/feed+json; charset=utf-8')
  json(@Req() request: FastifyRequest): string {
    return this.page.json(this.incidents(request), this.options(request));
  }

  private incidents(request: FastifyRequest) {
    const base = this.options(request).base;
    return publicIncidents(this.db, { limit: ALL }).map((row) => toPublicIncident(row, base));
  }

  private options(request: FastifyRequest) {
    return { name: this.config.organisation, base: this.config.publicUrl ?? `${request.protocol}://${request.host}` };
  }
}
