import { facilitatorApi, type FacilitatorSession } from '../../facilitator-api.js';
import { t } from '../../i18n.js';
import { navigate } from '../../navigate.js';
import { links, type FacilitatorRoute } from '../../routes.js';

export interface FacilitatorHeaderProps {
  session: FacilitatorSession | undefined;
  /** The page this header tops: the nav links to the facilitator's other spaces. */
  view: FacilitatorRoute['view'];
  back?: { href: string; label: string };
}

/** Who is signed in, and the way out, at the top of every facilitator page. */
export function FacilitatorHeader({ session, view, back }: FacilitatorHeaderProps) {
  const signOut = async () => {
    try {
      await facilitatorApi.signOut();
    } catch {
      // Signed out here whatever the server said: the cookie expires on its own.
    }
    navigate(links.facilitator.workshops());
  };
  const inPortfolio = view === 'portfolio' || view === 'portfolioEntry';
  const inPreview = view === 'previews' || view === 'preview';
  return (
    <div class="facilitator-header">
      <div class="facilitator-bar">
        {back ? <a href={back.href}>{back.label}</a> : <span>{t('facilitator.space')}</span>}
        <span class="who">
          {session && <SignedInAs session={session} />}{' '}
          <button type="button" class="link" id="sign-out" onClick={() => void signOut()}>
            {t('signout')}
          </button>
        </span>
      </div>
      {/* The facilitator's two spaces, workshops and the portfolio: a link to the other one, in
          a line of its own under the bar; authors try a questionnaire out in the preview. */}
      <nav class="facilitator-nav" aria-label={t('facilitator.nav')}>
        {inPortfolio ? (
          <a href={links.facilitator.workshops()} id="workshops-link">
            {t('facilitator.nav.workshops')}
          </a>
        ) : (
          <a href={links.facilitator.portfolio()} id="portfolio-link">
            {t('facilitator.nav.portfolio')}
          </a>
        )}
        {!inPreview && (
          <a href={links.facilitator.previews()} id="preview-link">
            {t('facilitator.nav.preview')}
          </a>
        )}
      </nav>
    </div>
  );
}

/** The centre's name, as associations know it; the e-mail address when it has none. */
function SignedInAs({ session }: { session: FacilitatorSession }) {
  return (
    <span
      class="meta"
      id="signed-in-as"
      title={session.centreName === null ? undefined : session.email}
    >
      {t('facilitator.signedInAs', { who: session.centreName ?? session.email })}
    </span>
  );
}
