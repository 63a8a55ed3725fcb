import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { checkpointText } from './checkpoint';
import { EMPTY_ROOT } from './hashes';
import { loadLogKeys, logKeyHistory, rotateLogKey } from './key-directory';
import { signNote, verifyNote } from './signed-note';

describe('Given a key directory', () => {
  let dir: string;
  beforeEach(() => (dir = join(mkdtempSync(join(tmpdir(), 'hindsight-keys-')), 'keys')));
  afterEach(() => rmSync(join(dir, '..'), { recursive: true, force: true }));

  it('when the log starts without a key, then one is created, readable by its owner only, and its public key announced once', () => {
    const announced: string[] = [];
    const first = loadLogKeys(undefined, dir, (vkey) => announced.push(vkey));
    const again = loadLogKeys(undefined, dir, (vkey) => announced.push(vkey));
    expect(announced).toEqual([first.signer.vkey]);
    expect(again.signer.vkey).toBe(first.signer.vkey);
    expect(statSync(join(dir, 'log.key')).mode & 0o777).toBe(0o600);
    expect(statSync(dir).mode & 0o777).toBe(0o700);
  });

  it('when the key is rotated, then new checkpoints are signed by the new key, under the same name, and old ones still verify', () => {
    const before = loadLogKeys(undefined, dir, () => undefined);
    const old = signNote(checkpointText({ origin: before.signer.name, size: 0, root: EMPTY_ROOT }), [before.signer]);
    const { previous, current } = rotateLogKey(dir);
    const after = loadLogKeys(undefined, dir, () => undefined);
    expect([previous, current]).toEqual([before.signer.vkey, after.signer.vkey]);
    expect(after.signer.name).toBe(before.signer.name);
    expect(logKeyHistory(dir)).toEqual([current, previous]);
    expect(after.vkeys).toEqual([current, previous]);
    expect(verifyNote(old, after.verifiers).signedBy.map((k) => k.keyId)).toEqual([before.signer.keyId]);
  });
});
