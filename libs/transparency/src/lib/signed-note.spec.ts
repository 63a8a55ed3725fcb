import { checkpointText, parseCheckpointText } from './checkpoint';
import { EMPTY_ROOT } from './hashes';
import { generateSignerKey, KeyFormatError, parseSignerKey, parseVerifierKey, SIGNATURE_TYPE, cosignatureTime } from './note-keys';
import { NoteError, parseNote, signNote, verifyNote } from './signed-note';

// The example of C2SP signed-note v1.0.0, "Verifier keys".
const C2SP_VKEY = 'example.com/foo+530d903a+AekyeRrm56hApGFkyQR4ZCbV54Id2LKaANYcrnKv3U2k';
const C2SP_NOTE = 'This is an example message.\n\n— example.com/foo Uw2QOkn8srV1yJGh2VYRlL1Tnagv1YEq6TfXppzi2ONncAlTgK7Ztg1ERYNZXsYjOBH3mFXmRKuwHjG1Yu72IneyaQM=\n';

describe('Signed notes (C2SP signed-note)', () => {
  it('verify the specification’s own example with its verifier key', () => {
    const { note, signedBy } = verifyNote(C2SP_NOTE, [parseVerifierKey(C2SP_VKEY)]);
    expect(note.text).toBe('This is an example message.\n');
    expect(signedBy.map((v) => v.name)).toEqual(['example.com/foo']);
  });

  it('refuse the example once one letter of its text changed', () =>
    expect(() => verifyNote(C2SP_NOTE.replace('example message', 'example massage'), [parseVerifierKey(C2SP_VKEY)])).toThrow(NoteError));

  it('ignore signatures by keys the reader does not know, and refuse a note no known key signed', () => {
    const log = parseSignerKey(generateSignerKey('hindsight.test/log'));
    const stranger = parseSignerKey(generateSignerKey('elsewhere.test/key'));
    const note = signNote('checkpoint text\n', [stranger, log]);
    expect(verifyNote(note, [log]).signedBy.map((v) => v.name)).toEqual(['hindsight.test/log']);
    expect(() => verifyNote(note, [parseVerifierKey(C2SP_VKEY)])).toThrow(/no trusted key/);
  });

  it('round-trip a generated key: the signer key gives the published verifier key', () => {
    const signer = parseSignerKey(generateSignerKey('hindsight.test/log'));
    const verifier = parseVerifierKey(signer.vkey);
    expect(verifier.keyId).toEqual(signer.keyId);
    expect(verifyNote(signNote('a\nb\n', [signer]), [verifier]).note.text).toBe('a\nb\n');
  });

  it('refuse keys whose ID does not match and texts without a final newline', () => {
    expect(() => parseVerifierKey(C2SP_VKEY.replace('530d903a', '530d903b'))).toThrow(KeyFormatError);
    expect(() => signNote('no newline', [parseSignerKey(generateSignerKey('a/b'))])).toThrow(NoteError);
    expect(() => parseNote('text\n— a/b AAAA\n')).toThrow(NoteError);
  });

  it('timestamp cosignatures (C2SP tlog-cosignature) and verify them over the same text', () => {
    const witness = parseSignerKey(generateSignerKey('witness.test/w1', SIGNATURE_TYPE.cosignature));
    const at = new Date('2026-12-07T10:00:00Z');
    const note = signNote('hindsight.test/log\n0\n47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=\n', [witness], at);
    const [signature] = parseNote(note).signatures;
    expect(cosignatureTime(signature.signature)).toEqual(at);
    expect(verifyNote(note, [parseVerifierKey(witness.vkey)]).signedBy).toHaveLength(1);
    expect(parseVerifierKey(witness.vkey).type).toBe(SIGNATURE_TYPE.cosignature);
  });
});

describe('Checkpoints (C2SP tlog-checkpoint)', () => {
  it('read back what they write', () => {
    const text = checkpointText({ origin: 'hindsight.test/log', size: 0, root: EMPTY_ROOT });
    expect(text).toBe('hindsight.test/log\n0\n47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=\n');
    expect(parseCheckpointText(text)).toEqual({ origin: 'hindsight.test/log', size: 0, root: EMPTY_ROOT });
  });

  it.each(['hindsight.test/log\n01\n47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=\n', 'hindsight.test/log\n1\nAAAA\n', 'hindsight.test/log\n1\n47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=', '\n1\n47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=\n'])(
    'refuse the malformed checkpoint %j',
    (text) => expect(() => parseCheckpointText(text)).toThrow(NoteError),
  );
});
