import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import type { Credentials } from '../api.js';
import { navigate } from '../navigate.js';
import { rememberCurrent } from '../resume-link.js';
import { links } from '../routes.js';

export interface StartDiagnosisFormProps {
  /** What the participant fills in before starting (`<TextField>` for the usual one). */
  children: ComponentChildren;
  buttonId: string;
  /** The button's text at rest, and while the response is being created. */
  labels: { start: string; starting: string };
  /** Creates the response from the fields. */
  start: () => Promise<Credentials>;
  /** The sentence shown when `start` fails. */
  problem: (error: unknown) => string;
}

/**
 * The form that opens a diagnosis from a link (a workshop's, a team invite's): once started, the
 * response is kept on this device and its first page opens. While it starts, the button stays
 * focusable but busy (aria-disabled, not disabled), so a second press creates no second response.
 */
export function StartDiagnosisForm(props: StartDiagnosisFormProps) {
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string>();
  const submit = async (event: Event) => {
    event.preventDefault();
    if (busy) return;
    setBusy(true);
    setProblem(undefined);
    try {
      const started = await props.start();
      rememberCurrent(started);
      navigate(links.diagnosis(started.id));
    } catch (error) {
      setBusy(false);
      setProblem(props.problem(error));
    }
  };
  return (
    <form class="join-form" onSubmit={(event) => void submit(event)}>
      {props.children}
      <button
        type="submit"
        class="primary"
        id={props.buttonId}
        aria-disabled={busy ? 'true' : undefined}
      >
        {busy ? props.labels.starting : props.labels.start}
      </button>
      <div class="join-problem" aria-live="polite">
        {problem && (
          <p class="error" role="alert">
            {problem}
          </p>
        )}
      </div>
    </form>
  );
}
