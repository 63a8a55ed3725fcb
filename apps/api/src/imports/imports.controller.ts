import { type ImportAccepted, importAcceptedSchema, type ImportQuery, importQuery, type PostmortemDocument } from '@hindsight/contracts';
import type { ImportFormat } from '@hindsight/domain';
import { detectFormat, DETECTION_BYTES, DocumentTooLarge, importFile, type ImportResult, windowAround } from '@hindsight/importers';
import { knownSuggestionKeys } from '@hindsight/projections';
import { Controller, HttpCode, Inject, Post } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiBody, ApiConsumes, ApiTags } from '@nestjs/swagger';
import { Access, WHO } from '../auth/access.decorator';
import { Editor } from '../http/editor.decorator';
import { IdParam } from '../http/id-param.decorator';
import { InvalidRequest } from '../http/invalid-request';
import { ZodQuery } from '../http/zod-query.decorator';
import { ZodResponse } from '../http/zod-response.decorator';
import { CommandSender } from '../postmortems/commands/command-sender';
import type { EditorContext } from '../postmortems/commands/editor-context';
import { GetPostmortemQuery } from '../postmortems/queries/get-postmortem.query';
import { ReadGate } from '../read-models/read-gate';
import { MAX_APPEND_BYTES } from './tokens';
import { EVIDENCE_LOCKER } from '../evidence/tokens';
import type { EvidenceLocker } from '@hindsight/evidence-locker';
import { withinAppendBudget } from './suggestion-budget';
import { Upload, UploadBody } from './upload';

/** Raw material read into suggestions for review (docs/importers.md). */
@ApiTags('imports')
@ApiBearerAuth()
@Access(WHO.edits)
@Controller('postmortems/:id/imports')
export class ImportsController {
  constructor(
    @Inject(CommandSender) private readonly commands: CommandSender,
    @Inject(QueryBus) private readonly queries: QueryBus,
    @Inject(ReadGate) private readonly gate: ReadGate,
    @Inject(MAX_APPEND_BYTES) private readonly maxAppendBytes: number,
    @Inject(EVIDENCE_LOCKER) private readonly locker: EvidenceLocker,
  ) {}

  /** Reads the uploaded file (the body, application/octet-stream) and records what it suggests; nothing joins the timeline yet. */
  @Post()
  @HttpCode(201)
  @ApiConsumes('application/octet-stream')
  @ApiBody({ description: 'the file itself, up to 1 GiB (logs stream; other formats at most 64 MB)', schema: { type: 'string', format: 'binary' } })
  @ZodResponse(importAcceptedSchema, 'Created: what the file held and what it suggests', 201)
  async import(@IdParam('id') id: string, @ZodQuery(importQuery) query: ImportQuery, @UploadBody() body: AsyncIterable<Buffer>, @Editor() editor: EditorContext): Promise<ImportAccepted> {
    const report = (await this.queries.execute(new GetPostmortemQuery(id))) as PostmortemDocument;
    const copy = this.locker.copyOf();
    const upload = new Upload(body, copy);
    const format: ImportFormat = query.format ?? detectFormat(await upload.head(DETECTION_BYTES));
    const reportWindow = windowAround(report.facts);
    const window = { from: query.from ?? reportWindow.from, to: query.to ?? reportWindow.to, detectedAt: report.facts.detectedAt };
    const result = await this.read(format, upload, { file: query.file, window, assumedZone: query.zone });
    if (result.records === result.unparsed.count) {
      throw new InvalidRequest([{ field: '(body)', reason: `nothing in the file could be read as ${format} (${result.unparsed.count} records tried); see docs/importers.md` }]);
    }
    // The file itself, for the evidence its accepted suggestions will cite (if it is small enough to keep).
    await copy.keep();
    const suggestions = withinAppendBudget(result.suggestions, this.maxAppendBytes);
    const firstSignal = suggestions.find((s) => s.key === result.firstSignal);
    const file = { name: query.file, sha256: upload.sha256, bytes: upload.bytes };
    const known = await this.gate.read(undefined, (db) => ({ keys: knownSuggestionKeys(db, id, suggestions.map((s) => s.key)) }));
    const accepted = await this.commands.create(
      id,
      {
        type: 'RecordImport',
        data: {
          importId: editor.newId,
          format,
          file,
          records: result.records,
          unparsed: result.unparsed,
          outsideWindow: result.outsideWindow,
          omitted: result.omitted + result.suggestions.length - suggestions.length,
          ...(firstSignal && { firstSignal: firstSignal.key }),
          suggestions,
        },
      },
      editor,
    );
    return {
      ...accepted,
      format,
      file,
      records: result.records,
      suggestions: suggestions.length,
      alreadyImported: known.keys.size,
      unparsed: result.unparsed,
      outsideWindow: result.outsideWindow,
      omitted: result.omitted + result.suggestions.length - suggestions.length,
      ...(firstSignal && { firstSignal: { at: firstSignal.at, description: firstSignal.description } }),
    };
  }

  private async read(format: ImportFormat, upload: Upload, options: Parameters<typeof importFile>[2]): Promise<ImportResult> {
    try {
      return await importFile(format, upload.chunks(), options);
    } catch (error) {
      if (error instanceof DocumentTooLarge) throw Object.assign(error, { statusCode: 413 });
      if (error instanceof SyntaxError || (error instanceof Error && error.message.startsWith('not a '))) {
        throw new InvalidRequest([{ field: '(body)', reason: `is not a ${format} file: ${error.message}` }]);
      }
      throw error;
    }
  }
}
