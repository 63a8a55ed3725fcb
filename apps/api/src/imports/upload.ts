import type { LockerCopy } from '@hindsight/evidence-locker';
import { createHash } from 'node:crypto';
import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';
import { InvalidRequest } from '../http/invalid-request';

/** The largest file an import accepts over HTTP; bigger logs are read with the `import` command line. */
export const MAX_UPLOAD_BYTES = 1024 ** 3;

export class UploadTooLarge extends Error {
  readonly statusCode = 413;
  constructor() {
    super(`The file is larger than ${MAX_UPLOAD_BYTES / 1024 ** 3} GiB; read it with the import command line instead`);
  }
}

/** The request body as it arrives: the stream an application/octet-stream upload was handed over as. */
export const UploadBody = createParamDecorator((_: unknown, context: ExecutionContext): AsyncIterable<Buffer> => {
  const body = context.switchToHttp().getRequest<FastifyRequest>().body;
  if (!body || typeof (body as AsyncIterable<Buffer>)[Symbol.asyncIterator] !== 'function') {
    throw new InvalidRequest([{ field: '(body)', reason: 'must be the file itself, sent as application/octet-stream' }]);
  }
  return body as AsyncIterable<Buffer>;
});

/** An upload read once: its first bytes for telling the format, its digest and size as it passes. */
export class Upload {
  private readonly hash = createHash('sha256');
  private readonly iterator: AsyncIterator<Buffer>;
  private buffered: Buffer[] = [];
  bytes = 0;

  constructor(
    source: AsyncIterable<Buffer>,
    private readonly copy?: LockerCopy,
  ) {
    this.iterator = source[Symbol.asyncIterator]();
  }

  /** Reads ahead until `size` bytes (or the end) and returns them, without consuming them. */
  async head(size: number): Promise<string> {
    let held = this.buffered.reduce((n, b) => n + b.length, 0);
    while (held < size) {
      const next = await this.next();
      if (!next) break;
      this.buffered.push(next);
      held += next.length;
    }
    return Buffer.concat(this.buffered).subarray(0, size).toString('utf8');
  }

  async *chunks(): AsyncGenerator<Buffer> {
    yield* this.buffered;
    this.buffered = [];
    for (let chunk = await this.next(); chunk; chunk = await this.next()) yield chunk;
  }

  get sha256(): string {
    return this.hash.copy().digest('hex');
  }

  private async next(): Promise<Buffer | undefined> {
    const { done, value } = await this.iterator.next();
    if (done) return undefined;
    const chunk = typeof value === 'string' ? Buffer.from(value) : value;
    this.bytes += chunk.length;
    if (this.bytes > MAX_UPLOAD_BYTES) throw new UploadTooLarge();
    this.hash.update(chunk);
    this.copy?.add(chunk);
    return chunk;
  }
}
