import { StringDecoder } from 'node:string_decoder';

/** Longer lines (in characters) are not log lines; they are cut here so one cannot hold the whole file in memory. */
export const MAX_LINE_CHARS = 1 << 20;

export interface Line {
  number: number;
  text: string;
  /** True when the line was longer than MAX_LINE_CHARS and `text` holds only its start. */
  truncated: boolean;
}

/** Bytes as they arrive: a file or request stream, or text already in memory. */
export type Chunks = AsyncIterable<Buffer | string> | Iterable<Buffer | string>;

/**
 * Splits a byte stream into lines in bounded memory: LF or CRLF, UTF-8 across chunk
 * boundaries, and no line kept beyond MAX_LINE_CHARS. Yields each chunk's lines together:
 * a log has millions, and one await per line would cost more than reading them.
 */
export async function* readLineBatches(input: Chunks): AsyncGenerator<Line[]> {
  const decoder = new StringDecoder('utf8');
  let pending = '';
  let truncated = false;
  let number = 0;
  const line = (text: string): Line => {
    number += 1;
    const result = { number, text: text.endsWith('\r') ? text.slice(0, -1) : text, truncated };
    truncated = false;
    return result;
  };
  for await (const chunk of input) {
    const text = pending + (typeof chunk === 'string' ? chunk : decoder.write(chunk));
    const batch: Line[] = [];
    let start = 0;
    for (let end = text.indexOf('\n'); end >= 0; end = text.indexOf('\n', start)) {
      batch.push(line(text.slice(start, end)));
      start = end + 1;
    }
    pending = text.slice(start);
    if (pending.length > MAX_LINE_CHARS) [pending, truncated] = [pending.slice(0, MAX_LINE_CHARS), true];
    if (batch.length > 0) yield batch;
  }
  pending += decoder.end();
  if (pending.length > 0) yield [line(pending)];
}

/** The lines of a byte stream one at a time. */
export async function* readLines(input: Chunks): AsyncGenerator<Line> {
  for await (const batch of readLineBatches(input)) yield* batch;
}
