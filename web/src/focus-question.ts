/**
 * The question a "Modifier" link of the review asked for: its step takes it once drawn. A
 * value in memory, not in the address: routes are printed and kept, and never change.
 */
let requested: string | undefined;

export function requestQuestionFocus(questionId: string): void {
  requested = questionId;
}

/** The question to focus, given once: a later visit of the step starts at its heading again. */
export function takeRequestedQuestion(): string | undefined {
  const questionId = requested;
  requested = undefined;
  return questionId;
}

/** Focuses a question's chosen answer, or its first choice, and brings it into view. */
export function focusQuestion(questionId: string): boolean {
  const field = document.getElementById(`q-${questionId}`);
  const input =
    field?.querySelector<HTMLInputElement>('input:checked') ?? field?.querySelector('input');
  if (!input) return false;
  input.focus();
  input.scrollIntoView?.({ block: 'center' });
  return true;
}
