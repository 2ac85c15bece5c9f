// @vitest-environment happy-dom
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { confirmAction } from '../../../web/src/components/confirm-dialog.js';
import { setLocale } from '../../../web/src/i18n.js';

const ask = () =>
  confirmAction({
    title: 'Supprimer mes réponses',
    message: 'Supprimer définitivement ce diagnostic ?',
    confirmLabel: 'Supprimer mes réponses',
  });

describe('the confirmation dialog', () => {
  let opener: HTMLButtonElement;
  beforeEach(async () => {
    await setLocale('fr');
    document.body.innerHTML = '<button type="button" id="opener">Supprimer</button>';
    opener = document.getElementById('opener') as HTMLButtonElement;
    opener.focus();
  });
  afterEach(cleanup);

  test('when it opens, then it is a modal dialog named by its heading, with "Annuler" focused', () => {
    void ask();

    const dialog = screen.getByRole('dialog', { name: 'Supprimer mes réponses' });
    expect((dialog as HTMLDialogElement).open).toBe(true);
    expect(within(dialog).getByRole('heading', { level: 2 }).textContent).toBe(
      'Supprimer mes réponses',
    );
    expect(dialog.getAttribute('aria-describedby')).toBe('confirm-dialog-text');
    expect(document.activeElement).toBe(within(dialog).getByRole('button', { name: 'Annuler' }));
  });

  test('when the action button is pressed, then it answers yes, goes, and the focus returns', async () => {
    const answer = ask();
    fireEvent.click(screen.getByRole('button', { name: 'Supprimer mes réponses' }));

    expect(await answer).toBe(true);
    expect(document.querySelector('dialog')).toBeNull();
    expect(document.activeElement).toBe(opener);
  });

  test('when Escape is pressed, then it answers no and the focus returns', async () => {
    const answer = ask();
    fireEvent.keyDown(screen.getByRole('dialog'), { key: 'Escape' });

    expect(await answer).toBe(false);
    await waitFor(() => expect(document.querySelector('dialog')).toBeNull());
    expect(document.activeElement).toBe(opener);
  });

  test('when "Annuler" is pressed, then it answers no', async () => {
    const answer = ask();
    fireEvent.click(screen.getByRole('button', { name: 'Annuler' }));
    expect(await answer).toBe(false);
  });
});
