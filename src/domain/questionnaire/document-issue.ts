/** One problem of a questionnaire document, located by a JSON pointer (RFC 6901). */
export interface DocumentIssue {
  pointer: string;
  message: string;
}

/** Builds a JSON pointer from path segments, escaping "~" and "/". */
export function toPointer(path: ReadonlyArray<PropertyKey>): string {
  return path
    .map((segment) => `/${String(segment).replaceAll('~', '~0').replaceAll('/', '~1')}`)
    .join('');
}

/**
 * The value at `path` in a JSON document, or undefined when the path leads nowhere.
 *
 * @example valueAt({ areas: [{ id: 'Comm' }] }, ['areas', 0, 'id']) // 'Comm'
 */
export function valueAt(document: unknown, path: ReadonlyArray<PropertyKey>): unknown {
  let value = document;
  for (const segment of path) {
    if (typeof value !== 'object' || value === null) return undefined;
    if (!Object.prototype.hasOwnProperty.call(value, segment)) return undefined;
    value = (value as Record<PropertyKey, unknown>)[segment];
  }
  return value;
}

/** Longer values are cut: a message quotes a value to point at it, not to print it again. */
const SHORT_LENGTH = 50;

/**
 * A value as JSON on one line, cut with "…" when long, to quote in a message. Only the start of
 * the value is looked at, so a huge or deeply nested one costs no more than a short one.
 *
 * @example shortValue('SME.Q1.R6') // '"SME.Q1.R6"'
 * @example shortValue({ fr: 'Bonjour' }) // '{ "fr": "Bonjour" }'
 */
export function shortValue(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (typeof value === 'string') {
    if (value.length <= SHORT_LENGTH) return JSON.stringify(value);
    return `${JSON.stringify(value.slice(0, SHORT_LENGTH - 1)).slice(0, -1)}…"`;
  }
  const text = preview(value, 0);
  if (text.length <= SHORT_LENGTH) return text;
  const close = Array.isArray(value) ? ' ]' : typeof value === 'object' ? ' }' : '';
  return `${text.slice(0, SHORT_LENGTH - close.length - 1)}…${close}`;
}

/** Nested deeper than this, a list or an object shows as "[ … ]" or "{ … }". */
const PREVIEW_DEPTH = 4;

/** JSON on one line, `{ "a": 1 }`, written only as far as SHORT_LENGTH characters (and a bit). */
function preview(value: unknown, depth: number): string {
  if (typeof value === 'string') return JSON.stringify(value.slice(0, SHORT_LENGTH + 1));
  if (typeof value !== 'object' || value === null) return JSON.stringify(value) ?? String(value);
  const list = Array.isArray(value);
  const entries: Array<[string, unknown]> = list
    ? value.map((item, i): [string, unknown] => [String(i), item])
    : Object.entries(value);
  if (entries.length === 0) return list ? '[]' : '{}';
  if (depth >= PREVIEW_DEPTH) return list ? '[ … ]' : '{ … }';
  let text = list ? '[ ' : '{ ';
  for (const [i, [key, item]] of entries.entries()) {
    if (text.length > SHORT_LENGTH) return `${text}…`;
    text += `${i > 0 ? ', ' : ''}${list ? '' : `${JSON.stringify(key)}: `}${preview(item, depth + 1)}`;
  }
  return `${text} ${list ? ']' : '}'}`;
}
