import type { Credentials } from '../api.js';
import { h } from '../dom.js';
import { rememberCurrent } from '../resume-link.js';

export interface StartDiagnosisForm {
  /** What the participant fills in before starting; `hintedField` builds the usual one. */
  fields: HTMLElement[];
  buttonId: string;
  /** The button's text at rest, and while the response is being created. */
  labels: { start: string; starting: string };
  /** Creates the response from the fields. */
  start: () => Promise<Credentials>;
  /** The sentence shown when `start` fails. */
  problem: (error: unknown) => string;
  navigate: (path: string) => void;
}

/**
 * The form that opens a diagnosis from a link (a workshop's, a team invite's): once started, the
 * response is kept on this device and its first page opens. While it starts, the button stays
 * focusable but busy (aria-disabled, not disabled), so a second press creates no second response.
 */
export function startDiagnosisForm(options: StartDiagnosisForm): HTMLFormElement {
  const { labels } = options;
  const start = h(
    'button',
    { type: 'submit', class: 'primary', id: options.buttonId },
    labels.start,
  );
  const problem = h('div', { class: 'join-problem', 'aria-live': 'polite' });
  const form = h('form', { class: 'join-form' }, ...options.fields, start, problem);
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    if (start.getAttribute('aria-disabled') === 'true') return;
    start.setAttribute('aria-disabled', 'true');
    start.textContent = labels.starting;
    problem.replaceChildren();
    try {
      const started = await options.start();
      rememberCurrent(started);
      options.navigate(`#/diagnostic/${started.id}/0`);
    } catch (error) {
      start.removeAttribute('aria-disabled');
      start.textContent = labels.start;
      problem.replaceChildren(h('p', { class: 'error', role: 'alert' }, options.problem(error)));
    }
  });
  return form;
}

/** A text field with its label and, under it, a hint the input is described by. */
export function hintedField(input: HTMLInputElement, label: string, hint: string): HTMLElement {
  const hintId = `${input.id}-hint`;
  input.setAttribute('aria-describedby', hintId);
  return h(
    'div',
    { class: 'field' },
    h('label', { for: input.id }, label),
    h('p', { class: 'help', id: hintId }, hint),
    input,
  );
}
