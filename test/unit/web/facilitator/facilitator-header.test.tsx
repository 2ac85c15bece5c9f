// @vitest-environment happy-dom
import { cleanup, render, screen } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { FacilitatorHeader } from '../../../../web/src/pages/facilitator/facilitator-header.js';
import { SESSION, facilitatorFrench } from './support.js';

describe('the facilitator header', () => {
  beforeEach(facilitatorFrench);
  afterEach(cleanup);

  test('when the facilitator has a centre name, then the header shows it, with the address as its title', () => {
    render(
      <FacilitatorHeader
        session={{ ...SESSION, centreName: 'CRIB de la Gironde' }}
        view="workshops"
      />,
    );
    const who = document.getElementById('signed-in-as')!;
    expect(who.textContent).toBe('Connecté : CRIB de la Gironde');
    expect(who.getAttribute('title')).toBe(SESSION.email);
    expect(screen.getByRole('button', { name: 'Se déconnecter' })).toBeTruthy();
  });

  test('when the facilitator has no centre name, then the header shows the e-mail address', () => {
    render(<FacilitatorHeader session={SESSION} view="workshops" />);
    const who = document.getElementById('signed-in-as')!;
    expect(who.textContent).toBe(`Connecté : ${SESSION.email}`);
    expect(who.hasAttribute('title')).toBe(false);
  });
});
