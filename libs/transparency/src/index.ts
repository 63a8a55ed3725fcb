export { EMPTY_ROOT, HASH_SIZE, leafHash, nodeHash, isHash, type Hash } from './lib/hashes';
export { rangeHash, rootAt, inclusionProof, consistencyProof, type CompleteSubtrees } from './lib/proofs';
export { verifyInclusion, verifyConsistency } from './lib/verify-proofs';
export { MemoryTree } from './lib/memory-tree';
export { SIGNATURE_TYPE, KeyFormatError, keyIdOf, parseVerifierKey, parseSignerKey, generateSignerKey, cosignatureTime, type NoteSigner, type NoteVerifier, type SignatureType } from './lib/note-keys';
export { NoteError, signNote, parseNote, verifyNote, signatureLine, addSignatures, type Note, type NoteSignature } from './lib/signed-note';
export { checkpointText, parseCheckpointText, type Checkpoint } from './lib/checkpoint';
