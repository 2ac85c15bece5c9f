import { useState } from 'preact/hooks';
import { ErrorPage } from '../error-page.js';
import { currentSession, type FacilitatorSession } from '../../facilitator-api.js';
import { addCatalog, t, type CatalogLoaders } from '../../i18n.js';
import { navigate } from '../../navigate.js';
import type { FacilitatorRoute } from '../../routes.js';
import { useLoad } from '../../use-load.js';
import { PaperEntryPage } from './paper-entry-page.js';
import { ParticipantPage } from './participant-page.js';
import { PreviewPage } from './preview-page.js';
import { PreviewListPage } from './preview-list-page.js';
import { PortfolioPage } from './portfolio-page.js';
import { PortfolioEntryPage } from './portfolio-entry-page.js';
import { SignInPage } from './sign-in-page.js';
import { WorkshopPage } from './workshop-page.js';
import { WorkshopsPage } from './workshops-page.js';

/** The facilitator's strings, loaded with their pages: a volunteer never downloads them. */
const facilitatorCatalog: CatalogLoaders = {
  fr: () => import('../../../locales/facilitator/fr.json'),
  en: () => import('../../../locales/facilitator/en.json'),
};

/**
 * The facilitator's pages, under #/animateur (routes.ts): the sign-in form until the server
 * knows the session, then the page asked for, so that a bookmark of a dashboard opens that
 * dashboard once signed in.
 */
export function FacilitatorPage({ route }: { route: FacilitatorRoute }) {
  const [attempt, setAttempt] = useState(0);
  const catalog = useLoad(() => addCatalog(facilitatorCatalog), [attempt]);
  if (catalog.state === 'failed')
    return <ErrorPage error={catalog.error} retry={() => setAttempt((n) => n + 1)} />;
  if (catalog.state === 'loading') return null;
  return <SignedInPage route={route} />;
}

function SignedInPage({ route }: { route: FacilitatorRoute }) {
  const [attempt, setAttempt] = useState(0);
  const session = useLoad(() => currentSession(), [attempt]);
  // The address when the page opened: signing in comes back to it.
  const [here] = useState(() => location.hash);
  if (session.state === 'failed')
    return <ErrorPage error={session.error} retry={() => setAttempt((n) => n + 1)} />;
  if (session.state === 'loading') return <p role="status">{t('facilitator.loading')}</p>;
  if (!session.value) return <SignInPage onSignedIn={() => navigate(here)} />;
  return <RoutePage route={route} session={session.value} />;
}

function RoutePage({ route, session }: { route: FacilitatorRoute; session: FacilitatorSession }) {
  switch (route.view) {
    case 'workshop':
      return <WorkshopPage workshopId={route.workshopId} session={session} />;
    case 'workshops':
      return <WorkshopsPage session={session} />;
    case 'participant':
      return (
        <ParticipantPage
          workshopId={route.workshopId}
          responseId={route.responseId}
          session={session}
        />
      );
    case 'paperEntry':
      return <PaperEntryPage session={session} workshopId={route.workshopId} />;
    case 'portfolioEntry':
      return <PortfolioEntryPage chainId={route.chainId} session={session} />;
    case 'preview':
      return (
        <PreviewPage
          session={session}
          questionnaireId={route.questionnaireId}
          version={route.version}
        />
      );
    case 'previews':
      return <PreviewListPage session={session} />;
    case 'portfolio':
      return <PortfolioPage session={session} />;
  }
}
