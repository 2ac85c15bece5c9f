import createClient from 'openapi-fetch';
import type { paths } from './openapi.js';

/**
 * The one HTTP client of the pages, typed by the generated OpenAPI paths: a path, a method, a
 * parameter or a body the server does not declare does not compile.
 */
export const client = createClient<paths>({
  // Looked up at each call, so that a test can put its own fetch in place.
  fetch: (request) => globalThis.fetch(request),
  credentials: 'same-origin',
});

/** The JSON body an operation answers with on success. */
export type ResponseBody<
  Path extends keyof paths,
  Method extends keyof paths[Path],
> = paths[Path][Method] extends {
  responses: { 200: { content: { 'application/json': infer Body } } };
}
  ? Body
  : paths[Path][Method] extends {
        responses: { 201: { content: { 'application/json': infer Body } } };
      }
    ? Body
    : never;

/** The JSON body an operation takes. */
export type RequestBody<
  Path extends keyof paths,
  Method extends keyof paths[Path],
> = paths[Path][Method] extends { requestBody?: { content: { 'application/json': infer Body } } }
  ? Body
  : never;
