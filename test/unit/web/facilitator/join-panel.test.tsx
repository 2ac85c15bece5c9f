// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { JoinPanel } from '../../../../web/src/pages/facilitator/join-panel.js';
import { overallLevelCounts } from '../../../../web/src/pages/facilitator/projector-view.js';
import { dashboardOf, facilitatorFrench, participantOf, workshopOf } from './support.js';

/** A workshop where two of three associations have sent their diagnosis. */
function twoSubmitted() {
  return dashboardOf({
    counts: { joined: 3, inProgress: 1, submitted: 2 },
    overall: { mean: 55.5, count: 2 },
    participants: [
      participantOf('r-1', { status: 'submitted', overallLevel: 'solid', overallScore: 71 }),
      participantOf('r-2', { status: 'submitted', overallLevel: 'start', overallScore: 40 }),
      participantOf('r-3'),
    ],
  });
}

const openProjector = async () => {
  const opener = screen.getByRole('button', { name: 'Vue projecteur' });
  fireEvent.click(opener);
  const dialog = await screen.findByRole('dialog', { name: 'Atelier de Lyon' });
  return { opener, dialog };
};

describe('the join panel and the projector view', () => {
  beforeEach(facilitatorFrench);
  afterEach(cleanup);

  test('when shown, then the code is in groups, the address is a link and the QR code says it', () => {
    const workshop = workshopOf();
    render(<JoinPanel dashboard={dashboardOf()} />);
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

  test('when the projector view is opened, then it shows the code, the QR code and the live counts, the focus goes round its own controls, and Escape gives it back to the button', async () => {
    render(<JoinPanel dashboard={twoSubmitted()} />);
    const { opener, dialog } = await openProjector();
    expect(dialog.querySelector('.full-screen-code')!.getAttribute('data-code')).toBe('ABC234');
    expect(dialog.querySelector('img.full-screen-qr')).not.toBeNull();
    const counts = [...dialog.querySelectorAll('.projector-counts .count-value')].map(
      (value) => value.textContent,
    );
    expect(counts).toEqual(['3', '1', '2']);
    const close = screen.getByRole('button', { name: 'Quitter (Échap)' });
    expect(document.activeElement).toBe(close);
    const join = screen.getByRole('button', { name: 'Rejoindre (J)' });
    const results = screen.getByRole('button', { name: 'Résultats (R)' });
    expect(join.getAttribute('aria-pressed')).toBe('true');
    // Tab and Shift+Tab go round the three controls, never to the page underneath.
    fireEvent.keyDown(document, { key: 'Tab' });
    expect(document.activeElement).toBe(join);
    fireEvent.keyDown(document, { key: 'Tab', shiftKey: true });
    expect(document.activeElement).toBe(close);
    fireEvent.keyDown(document, { key: 'Tab', shiftKey: true });
    expect(document.activeElement).toBe(results);

    fireEvent.keyDown(document, { key: 'Escape' });
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(document.activeElement).toBe(opener);
  });

  test('when R is pressed, then the results show the mean and how many stand at each level, and J brings the code back', async () => {
    render(<JoinPanel dashboard={twoSubmitted()} />);
    const { dialog } = await openProjector();
    fireEvent.keyDown(document, { key: 'r' });
    expect(screen.getByRole('button', { name: 'Résultats (R)' }).getAttribute('aria-pressed')).toBe(
      'true',
    );
    expect(dialog.querySelector('.full-screen-code')).toBeNull();
    expect(dialog.querySelector('.group-radar canvas')).not.toBeNull();
    expect(dialog.querySelector('.projector-overall')!.textContent).toBe(
      'Indice global moyen : 55,5 / 100',
    );
    expect(screen.getByRole('heading', { name: 'Niveaux des 2 diagnostics envoyés' })).toBeTruthy();
    const levels = [...dialog.querySelectorAll('.projector-level-counts li')].map((item) =>
      item.textContent!.replace(/\s+/g, ' ').trim(),
    );
    expect(levels).toEqual(['1 Démarrage', '1 Solide']);

    fireEvent.keyDown(document, { key: 'J' });
    expect(dialog.querySelector('.full-screen-code')!.getAttribute('data-code')).toBe('ABC234');
  });

  test('when no diagnosis is in yet, then the results say they will appear with the first one', async () => {
    render(
      <JoinPanel dashboard={dashboardOf({ counts: { joined: 2, inProgress: 2, submitted: 0 } })} />,
    );
    const { dialog } = await openProjector();
    fireEvent.click(screen.getByRole('button', { name: 'Résultats (R)' }));
    expect(dialog.querySelector('.projector-waiting')!.textContent).toBe(
      'Les résultats du groupe s’afficheront dès le premier diagnostic envoyé.',
    );
    expect(dialog.querySelector('canvas')).toBeNull();
  });

  test('when the close button is pressed, then the view goes and keys no longer do anything', async () => {
    render(<JoinPanel dashboard={dashboardOf()} />);
    await openProjector();
    fireEvent.click(screen.getByRole('button', { name: 'Quitter (Échap)' }));
    expect(screen.queryByRole('dialog')).toBeNull();
    const other = document.body.appendChild(document.createElement('button'));
    other.focus();
    fireEvent.keyDown(document, { key: 'Tab' });
    expect(document.activeElement).toBe(other);
    other.remove();
  });

  test('the level counts are the submitted diagnoses at each level, drafts left out', () => {
    const dashboard = twoSubmitted();
    dashboard.participants.push(participantOf('r-4', { overallLevel: 'solid' }));
    expect(overallLevelCounts(dashboard)).toEqual([
      { title: 'Démarrage', count: 1 },
      { title: 'Solide', count: 1 },
    ]);
  });
});
