import { render } from 'preact';
import { useLayoutEffect, useRef } from 'preact/hooks';
import { t } from '../i18n.js';

export interface Confirmation {
  /** The dialog's heading: what is about to happen ("Supprimer mes réponses"). */
  title: string;
  /** What it means, in a sentence or two. */
  message: string;
  /** The button that goes ahead; "Annuler" is the other, and the one focused first. */
  confirmLabel: string;
}

/**
 * Asks before something that cannot be undone, in place of the browser's bare `confirm()`: a
 * modal <dialog> with its own heading (the page behind it is inert, so the focus stays inside),
 * "Annuler" focused first, Escape cancelling, and the focus back where it was once answered.
 * Answers true when the volunteer goes ahead.
 */
export function confirmAction(confirmation: Confirmation): Promise<boolean> {
  return new Promise((resolve) => {
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    const host = document.createElement('div');
    document.body.append(host);
    let answered = false;
    const answer = (goAhead: boolean) => {
      if (answered) return;
      answered = true;
      render(null, host);
      host.remove();
      opener?.focus();
      resolve(goAhead);
    };
    render(<ConfirmDialog {...confirmation} onAnswer={answer} />, host);
  });
}

export function ConfirmDialog(props: Confirmation & { onAnswer: (goAhead: boolean) => void }) {
  const dialog = useRef<HTMLDialogElement>(null);
  const cancel = useRef<HTMLButtonElement>(null);
  useLayoutEffect(() => {
    dialog.current!.showModal();
    cancel.current!.focus();
  }, []);
  const escape = (event: Event) => {
    // The dialog's own closing would leave it closed but still drawn: the answer removes it.
    event.preventDefault();
    props.onAnswer(false);
  };
  return (
    <dialog
      ref={dialog}
      class="confirm-dialog"
      aria-labelledby="confirm-dialog-title"
      aria-describedby="confirm-dialog-text"
      onCancel={escape}
      onKeyDown={(event) => {
        if (event.key === 'Escape') escape(event);
      }}
    >
      <h2 id="confirm-dialog-title">{props.title}</h2>
      <p id="confirm-dialog-text">{props.message}</p>
      <div class="dialog-buttons">
        <button type="button" ref={cancel} onClick={() => props.onAnswer(false)}>
          {t('confirm.cancel')}
        </button>
        <button type="button" class="danger" onClick={() => props.onAnswer(true)}>
          {props.confirmLabel}
        </button>
      </div>
    </dialog>
  );
}
