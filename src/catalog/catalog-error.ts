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
  /** `warnings`: those of the same files, found in the same pass, for `validate` to show too. */
  constructor(
    readonly problems: FileProblem[],
    readonly warnings: FileProblem[] = [],
  ) {
    super(
      `Invalid questionnaire files:\n${problems.map((p) => `  - ${formatProblem(p)}`).join('\n')}`,
    );
  }
}
