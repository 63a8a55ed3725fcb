import logfmt from 'logfmt';
import { fromFields } from './json-line';
import type { LineContext, LogRecord } from './log-record';

/** `time=… level=error msg="…"`: Heroku's reference parser reads the pairs. */
export const parseLogfmtLine = (line: string, context: LineContext): LogRecord | undefined =>
  fromFields(logfmt.parse(line) as Record<string, unknown>, context);
