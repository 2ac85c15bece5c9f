import { z } from 'zod';

/**
 * The contract of a file answered as it is (a PDF, a zip, CSV, iCalendar, SVG): its media type,
 * for the OpenAPI document and the client generated from it. No serializer runs on a file (a
 * Buffer, a stream or a string with its type set is sent untouched), so the schema describes.
 */
export function fileResponse(mediaType: string, description: string, schema?: z.ZodType) {
  const binary = !mediaType.startsWith('text/') && mediaType !== 'image/svg+xml';
  return {
    description,
    content: {
      [mediaType]: {
        schema: schema ?? (binary ? z.string().meta({ format: 'binary' }) : z.string()),
      },
    },
  };
}
