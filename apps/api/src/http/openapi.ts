import type { INestApplication } from '@nestjs/common';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import { withCommonResponses } from './openapi-problems';

/** Serves the OpenAPI document (UI at /api/docs, JSON at /api/docs-json), built from the shared schemas. */
export const serveOpenApi = (app: INestApplication): void => {
  const config = new DocumentBuilder()
    .setTitle('Hindsight API')
    .setDescription(
      'Event-sourced postmortems. Authenticate with a bearer token (a local API token or an OIDC JWT). ' +
        'Every change is a command; send the revision you saw as If-Match, and optionally an Idempotency-Key ' +
        'and an X-Change-Reason. Errors are RFC 9457 problem details.',
    )
    .addBearerAuth()
    .setVersion('1')
    .build();
  SwaggerModule.setup('api/docs', app, () => withCommonResponses(SwaggerModule.createDocument(app, config)));
};
