/**
 * A count with its noun in English, singular for one: "1 draft", "0 drafts", "3 warnings". For
 * the CLI's and the API's operator messages, which are English; what volunteers read goes
 * through the locale files' plural rules instead.
 *
 * @example counted(1, 'problem') // '1 problem'
 */
export function counted(count: number, singular: string, plural = `${singular}s`): string {
  return `${count} ${count === 1 ? singular : plural}`;
}
