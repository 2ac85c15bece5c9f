import { h } from '../../dom.js';
import { facilitatorApi } from '../../facilitator-api.js';
import { t } from '../../i18n.js';
import type { FacilitatorSession } from '../../workshop-types.js';

/** Who is signed in, and the way out, at the top of every facilitator page. */
export function facilitatorHeader(
  session: FacilitatorSession | undefined,
  navigate: (path: string) => void,
  back?: { href: string; label: string },
): HTMLElement {
  const signOut = h('button', { type: 'button', class: 'link', id: 'sign-out' }, t('signout'));
  signOut.addEventListener('click', async () => {
    try {
      await facilitatorApi.signOut();
    } catch {
      // Signed out here whatever the server said: the cookie expires on its own.
    }
    navigate('#/animateur');
  });
  // The facilitator's two spaces, workshops and the portfolio: a link to the other one, in a
  // line of its own under the bar.
  const inPortfolio = location.hash.startsWith('#/animateur/portfolio');
  const nav = h(
    'nav',
    { class: 'facilitator-nav', 'aria-label': t('facilitator.nav') },
    inPortfolio
      ? h('a', { href: '#/animateur', id: 'workshops-link' }, t('facilitator.nav.workshops'))
      : h(
          'a',
          { href: '#/animateur/portfolio', id: 'portfolio-link' },
          t('facilitator.nav.portfolio'),
        ),
    // Authors try a questionnaire out here before a workshop uses it.
    location.hash.startsWith('#/animateur/apercu')
      ? null
      : h('a', { href: '#/animateur/apercu', id: 'preview-link' }, t('facilitator.nav.preview')),
  );
  const bar = h(
    'div',
    { class: 'facilitator-bar' },
    back ? h('a', { href: back.href }, back.label) : h('span', {}, t('facilitator.space')),
    h(
      'span',
      { class: 'who' },
      session
        ? h('span', { class: 'meta' }, t('facilitator.signedInAs', { email: session.email }))
        : null,
      ' ',
      signOut,
    ),
  );
  return h('div', { class: 'facilitator-header' }, bar, nav);
}
