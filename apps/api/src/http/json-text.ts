import { etagOf } from '@hindsight/contracts';
import type { FastifyReply } from 'fastify';

/** Sends JSON already serialised, as it is (Fastify passes a string through when its type is set), with the revision it states as ETag. */
export const sendJsonText = (reply: FastifyReply, text: string, revision: number): string => {
  void reply.type('application/json; charset=utf-8').header('etag', etagOf(revision));
  return text;
};
