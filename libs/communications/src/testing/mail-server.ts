import { simpleParser } from 'mailparser';
import type { AddressInfo } from 'node:net';
import { ArrivalGate } from './arrival-gate';
import { untilIdle } from './until-idle';
import { SMTPServer } from 'smtp-server';

export interface ReceivedMail {
  messageId: string;
  to: string[];
  from: string;
  subject: string;
  text: string;
  headers: Map<string, unknown>;
  /** The raw message, for a parser of attachments (an iCalendar invitation). */
  raw: Buffer;
}

/**
 * A real SMTP server on a free loopback port, for tests. It can hold a message before
 * answering the DATA command (the sender waits, its message not yet accepted) and refuse the
 * next messages with a reply code.
 */
export class TestMailServer {
  readonly received: ReceivedMail[] = [];
  private refusals: number[] = [];
  private readonly gate = new ArrivalGate();
  private readonly closed = new Set<string>();
  private readonly open = new Set<string>();

  private readonly server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onData: (stream, session, callback) => void this.accept(stream, session.id, callback),
    onConnect: (session, callback) => {
      this.open.add(session.id);
      callback();
    },
    onClose: (session) => {
      this.closed.add(session.id);
      this.open.delete(session.id);
    },
  });

  private constructor() {}

  static async start(): Promise<TestMailServer> {
    const mail = new TestMailServer();
    await new Promise<void>((resolve) => mail.server.listen(0, '127.0.0.1', resolve));
    return mail;
  }

  get url(): string {
    return `smtp://127.0.0.1:${(this.server.server.address() as AddressInfo).port}`;
  }

  /** The next arrivals wait, unanswered, until `release()`. */
  hold(): void {
    this.gate.hold();
  }

  release(): void {
    this.gate.release();
  }

  /** The next messages are refused with these reply codes, one each. */
  refuse(...codes: number[]): void {
    this.refusals.push(...codes);
  }

  /** Resolves once every sender has gone: a test that kills one waits for this to know the server saw it go. */
  disconnected(): Promise<void> {
    return untilIdle(() => this.open.size === 0, 'The mail server');
  }

  /** Resolves when something arrives, held or not. */
  nextArrival(): Promise<void> {
    return this.gate.next();
  }

  async close(): Promise<void> {
    this.release();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  private async accept(stream: NodeJS.ReadableStream, session: string, callback: (error?: Error | null) => void): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of stream) chunks.push(chunk as Buffer);
    const raw = Buffer.concat(chunks);
    await this.gate.pass();
    // A message is the server's only once it has answered 250; a sender gone before that did not deliver it.
    if (this.closed.has(session)) return callback(new Error('the sender has gone'));
    const code = this.refusals.shift();
    if (code !== undefined) return callback(Object.assign(new Error(`refused for the test (${code})`), { responseCode: code }));
    const mail = await simpleParser(raw);
    const to = [mail.to ?? []].flat().flatMap((a) => a.value.map((v) => v.address ?? ''));
    this.received.push({ messageId: mail.messageId ?? '', to, from: mail.from?.text ?? '', subject: mail.subject ?? '', text: mail.text ?? '', headers: mail.headers, raw });
    callback();
  }
}
