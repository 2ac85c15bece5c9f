// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { TeamBox } from '../../../web/src/components/team-box.js';
import { setLocale } from '../../../web/src/i18n.js';
import { fakeApi } from './support/fake-api.js';

const credentials = { id: 'r1', token: 'tok' };
const INVITE = 'https://asso.example/#/equipe/invite-1';

describe('the team box on the results page', () => {
  beforeEach(async () => {
    localStorage.clear();
    await setLocale('fr');
  });
  afterEach(() => {
    cleanup();
    vi.unstubAllGlobals();
  });

  test('when there is no team yet (204), then asking for a link shows it to copy, keeps it, and links the team view', async () => {
    const api = fakeApi({
      'GET /api/responses/r1/team': () => ({ status: 204 }),
      'POST /api/responses/r1/team': () => ({ status: 201, body: { inviteUrl: INVITE } }),
    });
    vi.stubGlobal('fetch', api.fetch);
    render(<TeamBox credentials={credentials} />);

    const ask = await screen.findByRole('button', { name: 'Faire le diagnostic en équipe' });
    expect(document.getElementById('team-view-link')).toBeNull();
    fireEvent.click(ask);

    expect(((await screen.findByRole('textbox')) as HTMLInputElement).value).toBe(INVITE);
    expect(localStorage.getItem('assoradar.team-invite.r1')).toBe(INVITE);
    expect(document.getElementById('team-view-link')!.getAttribute('href')).toBe('#/equipe-vue/r1');
    expect(api.sent.at(-1)!.headers.get('authorization')).toBe('Bearer tok');
  });

  test('when the owner comes back, then the members are counted with a real plural and the kept link is shown', async () => {
    localStorage.setItem('assoradar.team-invite.r1', INVITE);
    vi.stubGlobal(
      'fetch',
      fakeApi({
        'GET /api/responses/r1/team': () => ({ body: { role: 'owner', members: [{}, {}, {}] } }),
      }).fetch,
    );
    render(<TeamBox credentials={credentials} />);

    expect(await screen.findByText('Votre équipe compte 3 membres, vous compris.')).toBeTruthy();
    expect((screen.getByRole('textbox') as HTMLInputElement).value).toBe(INVITE);
  });

  test('when the team cannot be read for another reason than "none", then the box is left out', async () => {
    const api = fakeApi({
      'GET /api/responses/r1/team': () => ({ status: 500, body: { code: 'internal' } }),
    });
    vi.stubGlobal('fetch', api.fetch);
    const { container } = render(<TeamBox credentials={credentials} />);

    await vi.waitFor(() => expect(api.sent).toHaveLength(1));
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(container.innerHTML).toBe('');
  });
});
