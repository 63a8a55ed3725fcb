import { type AlertmanagerWebhookBody, alertmanagerWebhookBody, type AlertsReceived, alertsReceivedSchema } from '@hindsight/contracts';
import { type Principal, readableTeams } from '@hindsight/identity';
import { alertService, alertSuggestion } from '@hindsight/importers';
import { openReportOfService } from '@hindsight/projections';
import { Controller, HttpCode, Inject, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { Access, WHO } from '../auth/access.decorator';
import { Caller } from '../auth/caller.decorator';
import { Editor } from '../http/editor.decorator';
import { ZodBody } from '../http/zod-body.decorator';
import { ZodResponse } from '../http/zod-response.decorator';
import type { EditorContext } from '../postmortems/commands/editor-context';
import { ReadGate } from '../read-models/read-gate';
import { editorFor, LiveImports } from './live-imports';

/**
 * Alertmanager's webhook receiver (docs/importers.md#live-alerts): each alert is suggested on
 * the open report of its service, among the teams the token edits for.
 */
@ApiTags('imports')
@ApiBearerAuth()
@Access(WHO.edits, 'none')
@Controller('hooks/alertmanager')
export class AlertmanagerHookController {
  constructor(
    @Inject(ReadGate) private readonly gate: ReadGate,
    @Inject(LiveImports) private readonly imports: LiveImports,
  ) {}

  @Post()
  @HttpCode(200)
  @ZodResponse(alertsReceivedSchema)
  async receive(@ZodBody(alertmanagerWebhookBody) payload: AlertmanagerWebhookBody, @Caller() caller: Principal, @Editor() editor: EditorContext): Promise<AlertsReceived> {
    const teams = readableTeams(caller);
    const byReport = new Map<string, AlertmanagerWebhookBody['alerts']>();
    const unattached = new Map<string | undefined, number>();
    await this.gate.read(undefined, (db) => {
      for (const alert of payload.alerts) {
        const service = alertService(alert);
        const reportId = service === undefined ? undefined : openReportOfService(db, service, teams);
        if (reportId) byReport.set(reportId, [...(byReport.get(reportId) ?? []), alert]);
        else unattached.set(service, (unattached.get(service) ?? 0) + 1);
      }
      return {};
    });
    const attached = [];
    for (const [reportId, alerts] of byReport) {
      const found = alerts.flatMap((alert) => alertSuggestion(alert, 'alertmanager webhook') ?? []);
      attached.push({ reportId, ...(await this.imports.record(reportId, 'alertmanager', payload, found, editorFor(editor, reportId))) });
    }
    return { attached, unattached: [...unattached].map(([service, alerts]) => ({ ...(service !== undefined && { service }), alerts })) };
  }
}
