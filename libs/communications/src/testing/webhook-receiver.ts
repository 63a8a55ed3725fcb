import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { ArrivalGate } from './arrival-gate';
import { untilIdle } from './until-idle';
import { Webhook } from 'standardwebhooks';

export interface ReceivedWebhook {
  id: string;
  timestamp: string;
  body: Record<string, unknown>;
  /** Whether the signature verified with the endpoint's secret. */
  verified: boolean;
}

/**
 * A real HTTP server on a free loopback port that receives Standard Webhooks. It counts a
 * webhook only once it has answered 2xx, as a receiver does, and can hold requests or answer
 * the next ones with an error status.
 */
export class TestWebhookReceiver {
  readonly received: ReceivedWebhook[] = [];
  private statuses: number[] = [];
  private readonly gate = new ArrivalGate();
  private readonly observers: ((headers: Record<string, string>, body: string) => void)[] = [];

  private readonly server: Server = createServer((request, response) => {
    void this.receive(request).then((status) => response.writeHead(status).end(), () => response.writeHead(500).end());
  });

  private readonly sockets = new Set<Socket>();

  private constructor(private readonly secret: string) {
    this.server.on('connection', (socket: Socket) => {
      this.sockets.add(socket);
      socket.on('close', () => this.sockets.delete(socket));
    });
  }

  /** Resolves once every sender's connection has closed (see TestMailServer.disconnected). */
  disconnected(): Promise<void> {
    return untilIdle(() => this.sockets.size === 0, 'The webhook receiver');
  }

  static async start(secret: string): Promise<TestWebhookReceiver> {
    const receiver = new TestWebhookReceiver(secret);
    await new Promise<void>((resolve) => receiver.server.listen(0, '127.0.0.1', resolve));
    return receiver;
  }

  get url(): string {
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}/hooks`;
  }

  /** The next arrivals wait, unanswered, until `release()`. */
  hold(): void {
    this.gate.hold();
  }

  release(): void {
    this.gate.release();
  }

  answer(...statuses: number[]): void {
    this.statuses.push(...statuses);
  }

  /** Sees every request as it arrives, signed or not, counted or not: its signature headers and exact body. */
  onRequest(observer: (headers: Record<string, string>, body: string) => void): void {
    this.observers.push(observer);
  }

  /** Resolves when something arrives, held or not. */
  nextArrival(): Promise<void> {
    return this.gate.next();
  }

  async close(): Promise<void> {
    this.release();
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  private async receive(request: IncomingMessage): Promise<number> {
    const chunks: Buffer[] = [];
    for await (const chunk of request) chunks.push(chunk as Buffer);
    const payload = Buffer.concat(chunks).toString('utf8');
    const headers = Object.fromEntries(['webhook-id', 'webhook-timestamp', 'webhook-signature'].map((h) => [h, String(request.headers[h] ?? '')]));
    for (const observe of this.observers) observe(headers, payload);
    await this.gate.pass();
    const status = this.statuses.shift() ?? 204;
    // A sender that gave up on the request (it died, it timed out) did not deliver it.
    if (request.socket.destroyed || status >= 300) return status;
    let verified = true;
    try {
      new Webhook(this.secret).verify(payload, headers);
    } catch {
      verified = false;
    }
    this.received.push({ id: headers['webhook-id'], timestamp: headers['webhook-timestamp'], body: JSON.parse(payload) as Record<string, unknown>, verified });
    return status;
  }
}
