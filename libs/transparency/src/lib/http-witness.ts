import { parseNote, verifyNote } from './signed-note';
import type { NoteVerifier } from './note-keys';
import { formatAddCheckpoint } from './witness-protocol';
import { type Submission, type Witness, WitnessRefusedError } from './witness';

/**
 * A witness reached over HTTP with the C2SP tlog-witness protocol, such as another Hindsight
 * instance. Its cosignatures are verified with its public key before they are kept.
 */
export class HttpWitness implements Witness {
  readonly name: string;
  private knownSize = 0;

  constructor(
    private readonly url: string,
    private readonly key: NoteVerifier,
  ) {
    this.name = `witness ${key.name} at ${url}`;
  }

  async witnessedSize(): Promise<number> {
    return this.knownSize;
  }

  async add(submission: Submission): Promise<string> {
    const answer = await this.post(submission);
    // 409 says what the witness last saw; the caller asks again from there.
    if (answer.status === 409) {
      this.knownSize = Number((await answer.text()).trim());
      throw new WitnessRefusedError(this.name, 409, `it last saw ${this.knownSize} leaves`, this.knownSize);
    }
    const body = await answer.text();
    if (answer.status !== 200) throw new WitnessRefusedError(this.name, answer.status, body.trim() || answer.statusText);
    // Throws unless the witness's own key cosigned; lines from other keys are dropped.
    verifyNote(`${submission.note}${body}`, [this.key]);
    this.knownSize = submission.checkpoint.size;
    return body
      .split('\n')
      .filter((line) => line !== '' && this.isMine(line))
      .map((line) => `${line}\n`)
      .join('');
  }

  private isMine(line: string): boolean {
    const [signature] = parseNote(`x\n\n${line}\n`).signatures;
    return signature.name === this.key.name && signature.keyId.equals(this.key.keyId);
  }

  private post({ note, oldSize, consistency }: Submission): Promise<Response> {
    return fetch(`${this.url.replace(/\/$/, '')}/add-checkpoint`, {
      method: 'POST',
      headers: { 'content-type': 'text/plain; charset=utf-8' },
      body: formatAddCheckpoint({ oldSize, proof: consistency, note }),
      signal: AbortSignal.timeout(10_000),
    });
  }
}
