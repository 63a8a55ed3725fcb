import type { EventStore } from '@hindsight/event-store';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { Logger } from '@nestjs/common';
import { EVENT_STORE } from '../postmortems/tokens';
import { runEcommerceSale } from './ecommerce-sale.scenario';
import type { Send } from './http-client';

/**
 * Fills an empty store with the reference incident, through the real HTTP pipeline
 * (validation, command bus, decider, store) without opening a socket.
 */
export const loadDemoData = async (app: NestFastifyApplication): Promise<void> => {
  const store = app.get<EventStore>(EVENT_STORE);
  if ((await store.readAll({ limit: 1 })).length > 0) return;
  const fastify = app.getHttpAdapter().getInstance();
  const send: Send = async (method, url, body, headers) => {
    const reply = await fastify.inject({ method: method as 'POST', url, payload: body as object, headers });
    return { status: reply.statusCode, body: reply.body ? JSON.parse(reply.body) : undefined, headers: reply.headers as Record<string, string> };
  };
  const { postmortemId } = await runEcommerceSale(send);
  new Logger('demo').log(`Loaded the demo report ${postmortemId}`);
};
