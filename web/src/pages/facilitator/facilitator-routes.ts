import { currentSession } from '../../facilitator-api.js';
import { h } from '../../dom.js';
import { t } from '../../i18n.js';
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
  parts: string[],
  navigate: (path: string) => void,
): Promise<void> {
  root.replaceChildren(h('p', { role: 'status' }, t('facilitator.loading')));
  const here = location.hash;
  let signedIn;
  try {
    signedIn = await currentSession();
  } catch (error) {
    showError(root, error, () => void showFacilitator(root, parts, navigate));
    return;
  }
  // The page asked for, once signed in: a bookmark of a dashboard opens that dashboard.
  if (!signedIn) return showSignIn(root, () => navigate(here));
  const [section, workshopId, sub, responseId] = parts;
  if (section === 'atelier' && workshopId && sub === 'participant' && responseId)
    return showParticipant(root, workshopId, responseId, navigate);
  if (section === 'saisie') return showPaperEntry(root, signedIn, navigate);
  if (section === 'atelier' && workshopId && sub === 'saisie')
    return showPaperEntry(root, signedIn, navigate, workshopId);
  if (section === 'atelier' && workshopId) return showWorkshop(root, workshopId, navigate);
  if (section === 'portfolio' && workshopId) return showPortfolioEntry(root, workshopId, navigate);
  if (section === 'apercu' && workshopId && sub)
    return showPreview(root, signedIn, workshopId, sub, navigate);
  if (section === 'apercu') return showPreviewList(root, signedIn, navigate);
  if (section === 'portfolio') return showPortfolio(root, signedIn, navigate);
  return showWorkshops(root, signedIn, navigate);
}
