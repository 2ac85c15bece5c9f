import type { FastifyInstance, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { toPointer } from '../../domain/index.js';
import { sendProblem } from './problem-details.js';

const NUL = '\u0000';
/**
 * A surrogate code unit that is not half of a pair: with the `u` flag a well-formed pair is one
 * code point (not in the category Cs), so only a lone half matches.
 */
const LONE_SURROGATE = /\p{Cs}/u;

type Unstorable = 'nul' | 'surrogate';

const FIELD_DETAIL: Record<Unstorable, string> = {
  nul: 'holds a NUL character',
  surrogate: 'holds a lone surrogate (half of a UTF-16 pair), which is not text',
};

/**
 * Refuses any request whose path parameters, query or JSON body holds, in a value or a key, a
 * character no text of the API can be stored with: 400 with the pointer of each such field.
 * - NUL (U+0000): no text needs one, and PostgreSQL cannot store one in text (it fails the
 *   whole query).
 * - A lone surrogate (JSON's "\ud800" without its low half): JSON.parse keeps it, but it is no
 *   character; encoding it as UTF-8 for the database turns it silently into U+FFFD, so the
 *   association would find a "?" box where it typed a name.
 * Stopped here, once for every route, rather than field by field.
 */
async function unstorableCharacters(app: FastifyInstance) {
  app.addHook('preValidation', async (request: FastifyRequest, reply) => {
    for (const part of ['params', 'querystring', 'body'] as const) {
      const value = part === 'querystring' ? request.query : request[part];
      const found = unstorableFields(value);
      if (found.length > 0) {
        return sendProblem(reply, 'validation_failed', {
          detail: partDetail(part, new Set(found.map((field) => field.kind))),
          errors: found.map(({ pointer, kind }) => ({ pointer, detail: FIELD_DETAIL[kind] })),
        });
      }
    }
  });
}

function partDetail(part: string, kinds: Set<Unstorable>): string {
  if (!kinds.has('surrogate')) {
    return `The request ${part} holds a NUL character (\\u0000), which no text may hold.`;
  }
  if (!kinds.has('nul')) {
    return `The request ${part} holds a lone surrogate (such as \\ud800 without its pair), which no text may hold.`;
  }
  return `The request ${part} holds NUL characters (\\u0000) and lone surrogates (such as \\ud800 without its pair), which no text may hold.`;
}

function unstorableIn(text: string): Unstorable | undefined {
  if (text.includes(NUL)) return 'nul';
  if (LONE_SURROGATE.test(text)) return 'surrogate';
  return undefined;
}

interface Visit {
  value: unknown;
  key: string;
  parent: Visit | undefined;
}

/**
 * The pointers of the strings and keys holding what no text may hold, walked without recursion
 * and without copying paths: a body may nest deeper than the call stack.
 */
function unstorableFields(root: unknown): Array<{ pointer: string; kind: Unstorable }> {
  const found: Array<{ pointer: string; kind: Unstorable }> = [];
  const pending: Visit[] = [{ value: root, key: '', parent: undefined }];
  while (pending.length > 0 && found.length < 20) {
    const visit = pending.pop()!;
    const { value } = visit;
    if (typeof value === 'string') {
      const kind = unstorableIn(value);
      if (kind) found.push({ pointer: pointerOf(visit), kind });
    } else if (typeof value === 'object' && value !== null) {
      for (const [key, child] of Object.entries(value)) {
        const next = { value: child, key, parent: visit };
        const kind = unstorableIn(key);
        if (kind) found.push({ pointer: pointerOf(next), kind });
        else pending.push(next);
      }
    }
  }
  return found.sort((a, b) => (a.pointer < b.pointer ? -1 : a.pointer > b.pointer ? 1 : 0));
}

function pointerOf(visit: Visit): string {
  const path: string[] = [];
  for (let at: Visit | undefined = visit; at?.parent; at = at.parent) path.push(at.key);
  return toPointer(path.reverse());
}

export default fp(unstorableCharacters, {
  name: 'unstorable-characters',
  dependencies: ['problem-details'],
});
