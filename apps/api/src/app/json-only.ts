import type { FastifyInstance } from 'fastify';
import { isApiPath } from './client-routes';

const JSON_MEDIA_TYPE = /^application\/([\w.-]+\+)?json\s*(;|$)/i;
const WITH_BODY = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);
/** Protocols whose body is text by their specification (C2SP tlog-witness). */
const TEXT_BODY_PATHS = new Set(['/api/witness/add-checkpoint']);
const TEXT_MEDIA_TYPE = /^text\/plain\s*(;|$)/i;
/** Uploads, whose body is the file itself (docs/importers.md). */
const UPLOAD_PATH = /^\/api\/postmortems\/[^/]+\/(imports|evidence\/files)$/;
const UPLOAD_MEDIA_TYPE = /^application\/octet-stream\s*(;|$)/i;

const hasBody = (headers: Record<string, string | string[] | undefined>): boolean =>
  headers['transfer-encoding'] !== undefined || Number(headers['content-length'] ?? 0) > 0;

/** An upload's body is handed over as the request stream, read as it arrives, never buffered whole. */
export const acceptUploads = (fastify: FastifyInstance): void => {
  fastify.addContentTypeParser('application/octet-stream', (_request, payload, done) => done(null, payload));
};

/**
 * The API speaks JSON only (uploads aside): a body of any other type (a form, plain text) is refused with
 * 415 before it is parsed, rather than being read as something it was not meant to be.
 */
export const acceptJsonOnly = (fastify: FastifyInstance): void => {
  fastify.addHook('onRequest', async (request) => {
    if (!isApiPath(request.url) || !WITH_BODY.has(request.method) || !hasBody(request.headers)) return;
    const type = request.headers['content-type'] ?? '';
    const path = request.url.split('?')[0];
    if (TEXT_BODY_PATHS.has(path) && TEXT_MEDIA_TYPE.test(type)) return;
    if (UPLOAD_PATH.test(path) && UPLOAD_MEDIA_TYPE.test(type)) return;
    if (!JSON_MEDIA_TYPE.test(type)) {
      const expected = UPLOAD_PATH.test(path) ? 'the file itself (Content-Type: application/octet-stream)' : 'JSON (Content-Type: application/json)';
      throw Object.assign(new Error(`Request bodies must be ${expected}, not ${type || 'untyped'}`), { statusCode: 415 });
    }
  });
};
