import { createHash, randomUUID } from 'node:crypto';
import { createReadStream, createWriteStream, existsSync, mkdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { once } from 'node:events';
import { open, readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { detectMediaType, SNIFF_BYTES } from './media-type';

/** A file as the locker holds it: named by the SHA-256 of its bytes. */
export interface StoredFile {
  sha256: string;
  bytes: number;
  mediaType: string;
}

export type FileCondition = 'intact' | 'changed' | 'missing';

export class FileTooLarge extends Error {
  readonly statusCode = 413;
  constructor(readonly limit: number) {
    super(`The file is larger than ${Math.round(limit / 1024 / 1024)} MB, the most the evidence locker keeps (HINDSIGHT_EVIDENCE_MAX_BYTES)`);
  }
}

/** A stored file that is no longer the one its digest names: changed on disk, or gone. */
export class FileNotIntact extends Error {
  constructor(
    readonly sha256: string,
    readonly condition: Exclude<FileCondition, 'intact'>,
  ) {
    super(
      condition === 'missing'
        ? `The evidence file ${sha256} is missing from the locker`
        : `The evidence file ${sha256} was changed after it was uploaded: it no longer matches the digest its event recorded`,
    );
  }
}

const SHA256 = /^[0-9a-f]{64}$/;

/**
 * Evidence files kept outside the event log, content-addressed: each under the hex SHA-256 of
 * its bytes (`sha256/ab/abcdef…`). The event that attaches a file records its digest, so the
 * log's hashes cover the content, and a file changed on disk no longer matches its name.
 */
export class EvidenceLocker {
  constructor(
    readonly directory: string,
    readonly maxBytes: number,
  ) {}

  pathOf(sha256: string): string {
    if (!SHA256.test(sha256)) throw new Error(`not a SHA-256 digest: ${sha256}`);
    return join(this.directory, 'sha256', sha256.slice(0, 2), sha256);
  }

  has(sha256: string): boolean {
    return existsSync(this.pathOf(sha256));
  }

  /** Stores bytes as they arrive; a file already held is kept as it is (same digest, same bytes). */
  async put(chunks: AsyncIterable<Buffer>): Promise<StoredFile> {
    mkdirSync(join(this.directory, 'incoming'), { recursive: true });
    const temporary = join(this.directory, 'incoming', randomUUID());
    const out = createWriteStream(temporary, { flags: 'wx' });
    await once(out, 'open');
    const hash = createHash('sha256');
    let bytes = 0;
    let head = Buffer.alloc(0);
    try {
      for await (const chunk of chunks) {
        bytes += chunk.length;
        if (bytes > this.maxBytes) throw new FileTooLarge(this.maxBytes);
        if (head.length < SNIFF_BYTES) head = Buffer.concat([head, chunk.subarray(0, SNIFF_BYTES - head.length)]);
        hash.update(chunk);
        if (!out.write(chunk)) await once(out, 'drain');
      }
      out.end();
      await once(out, 'finish');
    } catch (error) {
      out.destroy();
      await once(out, 'close');
      rmSync(temporary, { force: true });
      throw error;
    }
    const sha256 = hash.digest('hex');
    const path = this.pathOf(sha256);
    mkdirSync(dirname(path), { recursive: true });
    if (existsSync(path)) rmSync(temporary);
    else renameSync(temporary, path);
    return { sha256, bytes, mediaType: detectMediaType(head) };
  }

  /**
   * Keeps a copy of bytes read for another purpose (an import) while they pass, in memory up to
   * the locker's limit; a larger file is simply not kept.
   */
  copyOf(): LockerCopy {
    return new LockerCopy(this);
  }

  /** A stored file's size and type, read from the file itself. */
  async describe(sha256: string): Promise<StoredFile> {
    const handle = await open(this.pathOf(sha256), 'r');
    try {
      const head = Buffer.alloc(SNIFF_BYTES);
      const { bytesRead } = await handle.read(head, 0, SNIFF_BYTES, 0);
      return { sha256, bytes: (await handle.stat()).size, mediaType: detectMediaType(head.subarray(0, bytesRead)) };
    } finally {
      await handle.close();
    }
  }

  /** The file's bytes, only if they still hash to its name. */
  async readIntact(sha256: string): Promise<Buffer> {
    if (!this.has(sha256)) throw new FileNotIntact(sha256, 'missing');
    const bytes = await readFile(this.pathOf(sha256));
    if (createHash('sha256').update(bytes).digest('hex') !== sha256) throw new FileNotIntact(sha256, 'changed');
    return bytes;
  }

  /** The file's bytes, streamed. */
  open(sha256: string): NodeJS.ReadableStream {
    return createReadStream(this.pathOf(sha256));
  }

  /** Whether the file is still the one its digest names. */
  async condition(sha256: string): Promise<FileCondition> {
    if (!this.has(sha256)) return 'missing';
    const hash = createHash('sha256');
    for await (const chunk of createReadStream(this.pathOf(sha256))) hash.update(chunk as Buffer);
    return hash.digest('hex') === sha256 ? 'intact' : 'changed';
  }

  size(sha256: string): number {
    return statSync(this.pathOf(sha256)).size;
  }
}

export class LockerCopy {
  private chunks: Buffer[] | undefined = [];
  private bytes = 0;

  constructor(private readonly locker: EvidenceLocker) {}

  add(chunk: Buffer): void {
    if (!this.chunks) return;
    this.bytes += chunk.length;
    if (this.bytes > this.locker.maxBytes) this.chunks = undefined;
    else this.chunks.push(chunk);
  }

  /** Stores what passed, unless it outgrew the limit. */
  async keep(): Promise<StoredFile | undefined> {
    const chunks = this.chunks;
    this.chunks = undefined;
    return chunks ? this.locker.put((async function* () {
      yield* chunks;
    })()) : undefined;
  }
}
