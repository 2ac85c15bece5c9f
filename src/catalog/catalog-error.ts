/** One problem of one questionnaire file, as an author should read it. */
export interface FileProblem {
  file: string;
  pointer: string;
  message: string;
}

export function formatProblem({ file, pointer, message }: FileProblem): string {
  return `${file}${pointer ? ` at ${pointer}` : ''}: ${message}`;
}

export class CatalogError extends Error {
  readonly code = 'questionnaire_invalid';
  constructor(readonly problems: FileProblem[]) {
    super(
      `Invalid questionnaire files:\n${problems.map((p) => `  - ${formatProblem(p)}`).join('\n')}`,
    );
  }
}
