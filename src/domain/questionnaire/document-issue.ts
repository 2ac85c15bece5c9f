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
