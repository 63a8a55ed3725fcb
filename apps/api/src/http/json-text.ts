import { etagOf } from '@hindsight/contracts';
import type { FastifyReply } from 'fastify';

/** Sends JSON already serialised, as it is (Fastify passes text or bytes through when their type is set), with the revision it states as ETag. */
export const sendJsonText = <T extends string | Buffer>(reply: FastifyReply, json: T, revision: number): T => {
  void reply.type('application/json; charset=utf-8').header('etag', etagOf(revision));
  return json;
};
