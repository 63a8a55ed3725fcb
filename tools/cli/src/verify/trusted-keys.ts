import { type NoteVerifier, parseVerifierKey } from '@hindsight/transparency';
import { readFileSync } from 'node:fs';

/** The log's public keys, from `--key <vkey>` (repeatable) and `--keys <file>` (one per line, as /.well-known/hindsight-log-keys serves them). */
export const trustedKeys = ({ key = [], keys }: { key?: string[]; keys?: string }): NoteVerifier[] => [
  ...key,
  ...(keys ? readFileSync(keys, 'utf8').split('\n').map((line) => line.trim()).filter(Boolean) : []),
].map(parseVerifierKey);

export const collect = (value: string, previous: string[] = []): string[] => [...previous, value];
