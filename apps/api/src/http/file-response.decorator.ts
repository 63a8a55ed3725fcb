import { ApiResponse } from '@nestjs/swagger';

/** Documents an answer that is not JSON (a download, a stream, metrics) by its media type. */
export const FileResponse = (mediaType: string, description: string): MethodDecorator =>
  ApiResponse({
    status: 200,
    description,
    content: { [mediaType]: { schema: { type: 'string', format: mediaType === 'application/pdf' ? 'binary' : undefined } } },
  });
