// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { JoinPanel } from '../../../../web/src/pages/facilitator/join-panel.js';
import { facilitatorFrench, workshopOf } from './support.js';

describe('the join panel', () => {
  beforeEach(facilitatorFrench);
  afterEach(cleanup);

  test('when shown, then the code is in groups, the address is a link and the QR code says it', () => {
    const workshop = workshopOf();
    render(<JoinPanel workshop={workshop} />);
    const code = document.querySelector('.join-code')!;
    expect(code.getAttribute('data-code')).toBe('ABC234');
    expect(code.textContent!.replace(/\s/g, '')).toBe('ABC234');
    expect(screen.getByRole('link', { name: workshop.joinUrl }).getAttribute('href')).toBe(
      workshop.joinUrl,
    );
    const qr = screen.getByRole('img', {
      name: `QR code pour rejoindre l’atelier : ${workshop.joinUrl}`,
    });
    expect(qr.getAttribute('src')).toBe(`/api/workshops/${workshop.id}/qr.svg`);
  });

  test('when full screen is opened, then the dialog holds the focus, and Escape gives it back to the button', async () => {
    render(<JoinPanel workshop={workshopOf()} />);
    const opener = screen.getByRole('button', { name: 'Plein écran' });
    fireEvent.click(opener);
    const dialog = await screen.findByRole('dialog', { name: 'Atelier de Lyon' });
    expect(dialog.querySelector('.full-screen-code')!.getAttribute('data-code')).toBe('ABC234');
    const close = screen.getByRole('button', { name: 'Quitter le plein écran (Échap)' });
    expect(document.activeElement).toBe(close);
    // The close button is the only control: Tab stays on it.
    opener.focus();
    fireEvent.keyDown(document, { key: 'Tab' });
    expect(document.activeElement).toBe(close);

    fireEvent.keyDown(document, { key: 'Escape' });
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(document.activeElement).toBe(opener);
  });

  test('when the close button is pressed, then the dialog goes and Escape no longer does anything', () => {
    render(<JoinPanel workshop={workshopOf()} />);
    fireEvent.click(screen.getByRole('button', { name: 'Plein écran' }));
    fireEvent.click(screen.getByRole('button', { name: 'Quitter le plein écran (Échap)' }));
    expect(screen.queryByRole('dialog')).toBeNull();
    const other = document.body.appendChild(document.createElement('button'));
    other.focus();
    fireEvent.keyDown(document, { key: 'Tab' });
    expect(document.activeElement).toBe(other);
    other.remove();
  });
});
