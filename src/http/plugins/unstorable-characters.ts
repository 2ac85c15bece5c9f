import type { FastifyInstance, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { toPointer } from '../../domain/index.js';
import { sendProblem } from './problem-details.js';

const NUL = '\u0000';

/**
 * Refuses any request whose path parameters, query or JSON body holds the NUL character
 * (U+0000) in a value or a key: 400 with the pointer of each such field. No text of the API
 * needs one, and PostgreSQL cannot store one in text (it fails the whole query), so it is
 * stopped here, once for every route, rather than field by field.
 */
async function nulCharacters(app: FastifyInstance) {
  app.addHook('preValidation', async (request: FastifyRequest, reply) => {
    for (const part of ['params', 'querystring', 'body'] as const) {
      const value = part === 'querystring' ? request.query : request[part];
      const pointers = pointersToNul(value);
      if (pointers.length > 0) {
        return sendProblem(reply, 'validation_failed', {
          detail: `The request ${part} holds a NUL character (\\u0000), which no text may hold.`,
          errors: pointers.map((pointer) => ({ pointer, detail: 'holds a NUL character' })),
        });
      }
    }
  });
}

interface Visit {
  value: unknown;
  key: string;
  parent: Visit | undefined;
}

/**
 * The pointers of the strings and keys holding NUL, walked without recursion and without
 * copying paths: a body may nest deeper than the call stack.
 */
function pointersToNul(root: unknown): string[] {
  const found: string[] = [];
  const pending: Visit[] = [{ value: root, key: '', parent: undefined }];
  while (pending.length > 0 && found.length < 20) {
    const visit = pending.pop()!;
    const { value } = visit;
    if (typeof value === 'string') {
      if (value.includes(NUL)) found.push(pointerOf(visit));
    } else if (typeof value === 'object' && value !== null) {
      for (const [key, child] of Object.entries(value)) {
        const next = { value: child, key, parent: visit };
        if (key.includes(NUL)) found.push(pointerOf(next));
        else pending.push(next);
      }
    }
  }
  return found.sort();
}

function pointerOf(visit: Visit): string {
  const path: string[] = [];
  for (let at: Visit | undefined = visit; at?.parent; at = at.parent) path.push(at.key);
  return toPointer(path.reverse());
}

export default fp(nulCharacters, { name: 'nul-characters', dependencies: ['problem-details'] });
