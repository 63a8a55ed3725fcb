import { createHash } from 'node:crypto';
import type { ImportFormat } from '@hindsight/domain';

export { IMPORT_FORMATS, type ImportFormat, type SeriesExcerpt, type SourceRecord, type Suggestion } from '@hindsight/domain';

/** The identity of a source record: its format and the text that makes it that record (docs/importers.md). */
export const suggestionKey = (format: ImportFormat, identity: string): string =>
  createHash('sha256').update(`${format}\n${identity}`).digest('hex');
