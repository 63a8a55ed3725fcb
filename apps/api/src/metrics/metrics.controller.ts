import { Controller, Get, Header, Inject } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import { Public } from '../auth/access.decorator';
import { FileResponse } from '../http/file-response.decorator';
import { Metrics } from './metrics';

/**
 * `GET /metrics` in the Prometheus text exposition format. Like `/api/health` it needs no
 * token: it counts requests and events and says nothing of any report.
 */
@ApiExcludeController()
@Controller('metrics')
export class MetricsController {
  constructor(@Inject(Metrics) private readonly metrics: Metrics) {}

  @Get()
  @Public()
  @FileResponse('text/plain', 'Prometheus text exposition format 0.0.4')
  @Header('content-type', 'text/plain; version=0.0.4; charset=utf-8')
  scrape(): Promise<string> {
    return this.metrics.registry.metrics();
  }
}
