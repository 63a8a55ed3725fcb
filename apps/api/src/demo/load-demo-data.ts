import type { EventStore } from '@hindsight/event-store';
import type { SqliteTokenStore } from '@hindsight/identity';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { Logger } from '@nestjs/common';
import { TOKEN_STORE } from '../auth/authenticator';
import { EVENT_STORE } from '../postmortems/tokens';
import { runEcommerceSale } from './ecommerce-sale.scenario';
import type { Send } from './http-client';

/**
 * Fills an empty store with the reference incident, through the real HTTP pipeline
 * (authentication, validation, command bus, decider, store) without opening a socket.
 * The demo's people act with short-lived tokens that are revoked as soon as it is done.
 */
export const loadDemoData = async (app: NestFastifyApplication): Promise<void> => {
  const store = app.get<EventStore>(EVENT_STORE);
  if ((await store.readAll({ limit: 1 })).length > 0) return;
  const tokens = app.get<SqliteTokenStore>(TOKEN_STORE);
  const expiresAt = new Date(Date.now() + 10 * 60_000);
  const persona = (name: string, role: 'editor' | 'reviewer') =>
    tokens.create({ name, roles: [role], teams: ['commerce-platform'], createdBy: 'demo data', expiresAt });
  const alice = persona('alice@shop.example', 'editor');
  const dana = persona('dana@shop.example', 'reviewer');

  const fastify = app.getHttpAdapter().getInstance();
  const send: Send = async (method, url, body, headers) => {
    const reply = await fastify.inject({ method: method as 'POST', url, payload: body as object, headers });
    return { status: reply.statusCode, body: reply.body ? JSON.parse(reply.body) : undefined, headers: reply.headers as Record<string, string> };
  };
  try {
    const { postmortemId } = await runEcommerceSale(send, { editor: alice.token, reviewer: dana.token });
    new Logger('demo').log(`Loaded the demo report ${postmortemId}`);
  } finally {
    tokens.revoke(alice.record.id);
    tokens.revoke(dana.record.id);
  }
};
