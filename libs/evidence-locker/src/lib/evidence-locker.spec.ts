import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { EvidenceLocker, FileTooLarge } from './evidence-locker';

const PNG = Buffer.from('89504e470d0a1a0a0000000d4948445200000001000000010806000000', 'hex');
const chunks = async function* (...parts: Buffer[]) {
  yield* parts;
};

describe('The evidence locker', () => {
  let dir: string;
  let locker: EvidenceLocker;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'hindsight-locker-'));
    locker = new EvidenceLocker(dir, 1024);
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('given a file in chunks, when stored, then it is named by the SHA-256 of its bytes and its type is told from its content', async () => {
    const stored = await locker.put(chunks(PNG.subarray(0, 5), PNG.subarray(5)));
    expect(stored).toEqual({ sha256: createHash('sha256').update(PNG).digest('hex'), bytes: PNG.length, mediaType: 'image/png' });
    expect(readFileSync(locker.pathOf(stored.sha256))).toEqual(PNG);
    expect(await locker.condition(stored.sha256)).toBe('intact');
  });

  it('given text, a binary of no known kind and the same file twice, then text/plain, application/octet-stream, and one copy', async () => {
    expect((await locker.put(chunks(Buffer.from('2026-03-14T09:00:00Z ERROR checkout timed out — 9 s\n')))).mediaType).toBe('text/plain');
    expect((await locker.put(chunks(Buffer.from([0, 1, 2, 3, 255])))).mediaType).toBe('application/octet-stream');
    const [a, b] = [await locker.put(chunks(PNG)), await locker.put(chunks(PNG))];
    expect(a.sha256).toBe(b.sha256);
  });

  it('given a file over the limit, then it is refused and nothing is kept', async () => {
    await expect(locker.put(chunks(Buffer.alloc(1025)))).rejects.toBeInstanceOf(FileTooLarge);
    expect(locker.has(createHash('sha256').update(Buffer.alloc(1025)).digest('hex'))).toBe(false);
  });

  it('given a stored file changed on disk, then it is reported changed; removed, missing', async () => {
    const { sha256 } = await locker.put(chunks(Buffer.from('the slow query log\n')));
    writeFileSync(locker.pathOf(sha256), 'the slow query log, edited\n');
    expect(await locker.condition(sha256)).toBe('changed');
    await expect(locker.readIntact(sha256)).rejects.toMatchObject({ condition: 'changed' });
    rmSync(locker.pathOf(sha256));
    expect(await locker.condition(sha256)).toBe('missing');
    await expect(locker.readIntact(sha256)).rejects.toMatchObject({ condition: 'missing' });
  });
});
