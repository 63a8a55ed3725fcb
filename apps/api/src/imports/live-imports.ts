import { createHash } from 'node:crypto';
import type { ImportFormat, PostmortemCommand, Suggestion } from '@hindsight/domain';
import { knownSuggestionKeys } from '@hindsight/projections';
import { Inject, Injectable } from '@nestjs/common';
import { CommandSender } from '../postmortems/commands/command-sender';
import type { EditorContext } from '../postmortems/commands/editor-context';
import { entityIdFor } from '../postmortems/commands/event-ids';
import { ReadGate } from '../read-models/read-gate';

/** One command of a request that sends several (one per report), each with ids of its own, stable across retries. */
export const editorFor = (editor: EditorContext, part: string): EditorContext => {
  const { basedOnRevision: _seen, ...rest } = editor;
  const commandId = entityIdFor(`${editor.commandId}/${part}`);
  return { ...rest, commandId, newId: entityIdFor(commandId) };
};

/**
 * Records what a live notification suggests on a report, leaving out what the report already
 * has: Alertmanager re-sends a firing alert every few minutes, and each re-send is not news.
 */
@Injectable()
export class LiveImports {
  constructor(
    @Inject(CommandSender) private readonly commands: CommandSender,
    @Inject(ReadGate) private readonly gate: ReadGate,
  ) {}

  async record(reportId: string, format: ImportFormat, payload: unknown, found: Suggestion[], editor: EditorContext): Promise<{ importId?: string; suggestions: number }> {
    const { keys } = await this.gate.read(undefined, (db) => ({ keys: knownSuggestionKeys(db, reportId, found.map((s) => s.key)) }));
    const suggestions = found.filter((s, i) => !keys.has(s.key) && found.findIndex((o) => o.key === s.key) === i);
    if (suggestions.length === 0) return { suggestions: 0 };
    const text = JSON.stringify(payload);
    const command: PostmortemCommand = {
      type: 'RecordImport',
      data: {
        importId: editor.newId,
        format,
        file: { name: `${format} webhook`, sha256: createHash('sha256').update(text).digest('hex'), bytes: Buffer.byteLength(text) },
        records: found.length,
        unparsed: { count: 0, lines: [] },
        outsideWindow: 0,
        omitted: 0,
        suggestions,
      },
    };
    await this.commands.send(reportId, command, editor);
    return { importId: editor.newId, suggestions: suggestions.length };
  }
}
