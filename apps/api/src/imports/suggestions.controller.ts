import {
  type AcceptSuggestionsBody,
  acceptSuggestionsBody,
  type CommandAccepted,
  type DismissSuggestionsBody,
  type PostmortemDocument,
  dismissSuggestionsBody,
  type SuggestionsAccepted,
  suggestionsAcceptedSchema,
  type SuggestionsQuery,
  suggestionsQuery,
  type SuggestionsView,
  suggestionsViewSchema,
} from '@hindsight/contracts';
import { NotFound } from '@hindsight/domain';
import { reportSuggestions, type SuggestionRow } from '@hindsight/projections';
import type { EvidenceLocker } from '@hindsight/evidence-locker';
import { Controller, Get, HttpCode, Inject, Post } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { Access, WHO } from '../auth/access.decorator';
import { Editor } from '../http/editor.decorator';
import { IdParam } from '../http/id-param.decorator';
import { ZodBody } from '../http/zod-body.decorator';
import { ZodQuery } from '../http/zod-query.decorator';
import { ZodResponse } from '../http/zod-response.decorator';
import { CommandSender } from '../postmortems/commands/command-sender';
import type { EditorContext } from '../postmortems/commands/editor-context';
import { entityIdFor } from '../postmortems/commands/event-ids';
import { ReadGate } from '../read-models/read-gate';
import { EVIDENCE_LOCKER } from '../evidence/tokens';
import { GetPostmortemQuery } from '../postmortems/queries/get-postmortem.query';
import { importedEvidence } from './imported-evidence';

/** Imported suggestions under review: accepted ones become timeline entries naming their source. */
@ApiTags('imports')
@ApiBearerAuth()
@Controller('postmortems/:id/suggestions')
export class SuggestionsController {
  constructor(
    @Inject(CommandSender) private readonly commands: CommandSender,
    @Inject(ReadGate) private readonly gate: ReadGate,
    @Inject(QueryBus) private readonly queries: QueryBus,
    @Inject(EVIDENCE_LOCKER) private readonly locker: EvidenceLocker,
  ) {}

  /** In time order, filtered by review status, source formats and a window. */
  @Get()
  @Access(WHO.readsReports)
  @ZodResponse(suggestionsViewSchema)
  list(@IdParam('id') id: string, @ZodQuery(suggestionsQuery) { minPosition, ...filters }: SuggestionsQuery): Promise<SuggestionsView> {
    return this.gate.read(minPosition, (db) => ({ suggestions: reportSuggestions(db, id, filters) }));
  }

  /** Adds the suggestions to the timeline, each as suggested or as edited, all in one change. */
  @Post('accept')
  @HttpCode(201)
  @Access(WHO.edits)
  @ZodResponse(suggestionsAcceptedSchema, 'Created: the timeline entries, in the order of the items', 201)
  async accept(@IdParam('id') id: string, @ZodBody(acceptSuggestionsBody) { items }: AcceptSuggestionsBody, @Editor() editor: EditorContext): Promise<SuggestionsAccepted> {
    const found = await this.lookUp(id, items.map((i) => i.key));
    const report = (await this.queries.execute(new GetPostmortemQuery(id))) as PostmortemDocument;
    const { attach, citing } = await importedEvidence(report, [...found.values()], this.locker, editor.commandId);
    const entries = items.map((item) => {
      const suggestion = found.get(item.key) as SuggestionRow;
      return {
        id: entityIdFor(`${editor.commandId}/suggestion/${item.key}`),
        at: item.at ?? suggestion.at,
        kind: item.kind ?? suggestion.kind,
        description: item.description ?? suggestion.description,
        evidenceIds: citing.has(suggestion.importId) ? [citing.get(suggestion.importId) as string] : [],
        source: { importId: suggestion.importId, key: item.key },
      };
    });
    // The events' metadata names the imports too, unless the editor gave a reason of their own.
    const files = [...new Set(entries.map((e) => report.imports?.find((i) => i.id === e.source.importId)?.file ?? e.source.importId))];
    const reason = editor.reason ?? `Accepted from the import of ${files.join(', ')}`;
    const accepted = await this.commands.send(id, { type: 'AcceptSuggestions', data: { entries, ...(attach.length > 0 && { evidence: attach }) } }, { ...editor, reason });
    return { ...accepted, entryIds: entries.map((e) => e.id) };
  }

  @Post('dismiss')
  @HttpCode(200)
  @Access(WHO.edits)
  async dismiss(@IdParam('id') id: string, @ZodBody(dismissSuggestionsBody) { keys }: DismissSuggestionsBody, @Editor() editor: EditorContext): Promise<CommandAccepted> {
    const found = await this.lookUp(id, keys);
    return this.commands.send(id, { type: 'DismissSuggestions', data: { suggestions: keys.map((key) => ({ importId: (found.get(key) as SuggestionRow).importId, key })) } }, editor);
  }

  private async lookUp(id: string, keys: string[]): Promise<Map<string, SuggestionRow>> {
    const { rows } = await this.gate.read(undefined, (db) => ({ rows: reportSuggestions(db, id, { keys }) }));
    const found = new Map(rows.map((r) => [r.key, r]));
    const missing = keys.find((key) => !found.has(key));
    if (missing) throw new NotFound('Suggestion', missing);
    return found;
  }
}
