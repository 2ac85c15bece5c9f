import { currentSession } from '../../facilitator-api.js';
import { h } from '../../dom.js';
import { addCatalog, t, type CatalogLoaders } from '../../i18n.js';
import type { FacilitatorRoute } from '../../routes.js';
import { showError } from '../error-page.js';
import { showPaperEntry } from './paper-entry-page.js';
import { showParticipant } from './participant-page.js';
import { showPreview } from './preview-page.js';
import { showPreviewList } from './preview-list-page.js';
import { showPortfolio } from './portfolio-page.js';
import { showPortfolioEntry } from './portfolio-entry-page.js';
import { showSignIn } from './sign-in-page.js';
import { showWorkshop } from './workshop-page.js';
import { showWorkshops } from './workshops-page.js';

/** The facilitator's strings, loaded with their pages: a volunteer never downloads them. */
const facilitatorCatalog: CatalogLoaders = {
  fr: () => import('../../../locales/facilitator/fr.json'),
  en: () => import('../../../locales/facilitator/en.json'),
};

/**
 * The facilitator's pages, under #/animateur: the sign-in form until the server knows the
 * session, then the workshops (#/animateur), one workshop's dashboard (#/animateur/atelier/<id>)
 * a participant's results (#/animateur/atelier/<id>/participant/<responseId>), the portfolio of
 * associations sharing with the centre (#/animateur/portfolio) and one of them
 * (#/animateur/portfolio/<chainId>), the questionnaire preview for authors
 * (#/animateur/apercu, #/animateur/apercu/<id>/<version>), and typing a paper questionnaire in
 * (#/animateur/saisie, or #/animateur/atelier/<id>/saisie within a workshop).
 */
export async function showFacilitator(
  root: HTMLElement,
  route: FacilitatorRoute,
  navigate: (path: string) => void,
): Promise<void> {
  await addCatalog(facilitatorCatalog);
  root.replaceChildren(h('p', { role: 'status' }, t('facilitator.loading')));
  const here = location.hash;
  let signedIn;
  try {
    signedIn = await currentSession();
  } catch (error) {
    showError(root, error, () => void showFacilitator(root, route, navigate));
    return;
  }
  // The page asked for, once signed in: a bookmark of a dashboard opens that dashboard.
  if (!signedIn) return showSignIn(root, () => navigate(here));
  switch (route.view) {
    case 'participant':
      return showParticipant(root, route.workshopId, route.responseId, navigate);
    case 'paperEntry':
      return showPaperEntry(root, signedIn, navigate, route.workshopId);
    case 'workshop':
      return showWorkshop(root, route.workshopId, navigate);
    case 'portfolioEntry':
      return showPortfolioEntry(root, route.chainId, navigate);
    case 'preview':
      return showPreview(root, signedIn, route.questionnaireId, route.version, navigate);
    case 'previews':
      return showPreviewList(root, signedIn, navigate);
    case 'portfolio':
      return showPortfolio(root, signedIn, navigate);
    case 'workshops':
      return showWorkshops(root, signedIn, navigate);
  }
}
