import {
  type OpsgenieWebhookBody,
  opsgenieWebhookBody,
  type PagerDutyWebhookBody,
  pagerDutyWebhookBody,
  type PageReceived,
  pageReceivedSchema,
  type PagingHookQuery,
  pagingHookQuery,
} from '@hindsight/contracts';
import type { ImportFormat } from '@hindsight/domain';
import { ALL_TEAMS, type Principal, readableTeams } from '@hindsight/identity';
import { draftFacts, importOpsgenie, importPagerDuty, opsgenieIncident, type PagedIncident, pagerDutyIncident } from '@hindsight/importers';
import { reportWithExternalReference } from '@hindsight/projections';
import { Controller, HttpCode, Inject, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { Access, WHO } from '../auth/access.decorator';
import { Caller } from '../auth/caller.decorator';
import { Editor } from '../http/editor.decorator';
import { InvalidRequest } from '../http/invalid-request';
import { ZodBody } from '../http/zod-body.decorator';
import { ZodQuery } from '../http/zod-query.decorator';
import { ZodResponse } from '../http/zod-response.decorator';
import { CommandSender } from '../postmortems/commands/command-sender';
import type { EditorContext } from '../postmortems/commands/editor-context';
import { ReadGate } from '../read-models/read-gate';
import { editorFor, LiveImports } from './live-imports';

/**
 * PagerDuty (V3) and Opsgenie webhooks (docs/importers.md#pages): a page that raises an
 * incident no report names drafts one with its facts filled in; every page event becomes a
 * suggestion on the report that names the incident.
 */
@ApiTags('imports')
@ApiBearerAuth()
@Access(WHO.edits, 'none')
@Controller('hooks')
export class PagingHooksController {
  constructor(
    @Inject(CommandSender) private readonly commands: CommandSender,
    @Inject(ReadGate) private readonly gate: ReadGate,
    @Inject(LiveImports) private readonly imports: LiveImports,
  ) {}

  @Post('pagerduty')
  @HttpCode(200)
  @ZodResponse(pageReceivedSchema)
  pagerDuty(@ZodBody(pagerDutyWebhookBody) payload: PagerDutyWebhookBody, @ZodQuery(pagingHookQuery) { team }: PagingHookQuery, @Caller() caller: Principal, @Editor() editor: EditorContext): Promise<PageReceived> {
    const raises = payload.event.event_type === 'incident.triggered';
    return this.receive('pagerduty', payload, pagerDutyIncident(payload), raises, { team, caller, editor });
  }

  @Post('opsgenie')
  @HttpCode(200)
  @ZodResponse(pageReceivedSchema)
  opsgenie(@ZodBody(opsgenieWebhookBody) payload: OpsgenieWebhookBody, @ZodQuery(pagingHookQuery) { team }: PagingHookQuery, @Caller() caller: Principal, @Editor() editor: EditorContext): Promise<PageReceived> {
    return this.receive('opsgenie', payload, opsgenieIncident(payload), payload.action === 'Create', { team, caller, editor });
  }

  private async receive(
    format: Extract<ImportFormat, 'pagerduty' | 'opsgenie'>,
    payload: unknown,
    incident: PagedIncident | undefined,
    raises: boolean,
    { team, caller, editor }: { team?: string; caller: Principal; editor: EditorContext },
  ): Promise<PageReceived> {
    if (!incident) throw new InvalidRequest([{ field: '(body)', reason: `is not a ${format} incident event Hindsight can read (docs/importers.md)` }]);
    const teams = readableTeams(caller);
    const { known } = await this.gate.read(undefined, (db) => ({ known: reportWithExternalReference(db, incident.reference.id, teams) }));
    let reportId = known;
    if (!reportId && raises) {
      const drafting = editorFor(editor, 'draft');
      reportId = drafting.newId;
      await this.commands.send(reportId, { type: 'DraftPostmortem', data: { postmortemId: reportId, facts: draftFacts(incident, this.teamFor(caller, team)) } }, drafting);
    }
    if (!reportId) return { drafted: false, suggestions: 0 };
    const text = JSON.stringify(payload);
    const found = (format === 'pagerduty' ? importPagerDuty : importOpsgenie)(text, { file: `${format} webhook` }).suggestions;
    const { suggestions } = await this.imports.record(reportId, format, payload, found, editorFor(editor, reportId));
    return { reportId, drafted: !known, suggestions };
  }

  /** The team a drafted report belongs to: the one named, which the token must act for, or the token's only team. */
  private teamFor(caller: Principal, named: string | undefined): string {
    const own = caller.teams.filter((t) => t !== ALL_TEAMS);
    if (named !== undefined) {
      if (!caller.teams.includes(ALL_TEAMS) && !own.includes(named) && !caller.roles.includes('admin')) throw new InvalidRequest([{ field: 'team', reason: 'must be a team the token edits for' }]);
      return named;
    }
    if (own.length === 1) return own[0];
    throw new InvalidRequest([{ field: 'team', reason: 'the token acts for several teams (or all): name the team of the report to draft, ?team=…' }]);
  }
}
