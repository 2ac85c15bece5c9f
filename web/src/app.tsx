import { useEffect, useState } from 'preact/hooks';
import type { ComponentChild } from 'preact';
import { currentCredentials, rememberCurrent } from './resume-link.js';
import { pageModules } from './page-modules.js';
import { HomePage } from './pages/home-page.js';
import { lazyPage } from './lazy-page.js';
import { ErrorPage } from './pages/error-page.js';
import { navigate } from './navigate.js';
import { links, parseRoute, type OwnPage, type Route } from './routes.js';
import { t } from './i18n.js';
import { useLocale } from './use-locale.js';

/** The page the address names: a parsed route and a count, so that the same link redraws. */
function useRoute(): { route: Route; visit: number } {
  const [state, setState] = useState(() => ({ route: parseRoute(location.hash), visit: 0 }));
  useEffect(() => {
    const onChange = () =>
      setState(({ visit }) => ({ route: parseRoute(location.hash), visit: visit + 1 }));
    window.addEventListener('hashchange', onChange);
    return () => window.removeEventListener('hashchange', onChange);
  }, []);
  return state;
}

export function App() {
  const { route, visit } = useRoute();
  const lang = useLocale();
  // Wider pages (the facilitator's dashboard) are styled by it.
  document.body.dataset.page = pageName(location.hash);
  useEffect(() => {
    if (route.page !== 'resume') return;
    rememberCurrent({ id: route.id, token: route.token });
    // Drop the token from the address bar and the history once it is kept.
    history.replaceState(null, '', links.diagnosis(route.id));
    window.dispatchEvent(new HashChangeEvent('hashchange'));
  }, [route]);
  // A new key for each visit and language: the page starts afresh, as a page load would.
  return <Page key={`${visit}-${lang}`} route={route} />;
}

function pageName(hash: string): string {
  return hash.replace(/^#\/?/, '').split('/')[0] || 'home';
}

const JoinPage = lazyPage(() => pageModules.workshopJoin().then((m) => m.JoinPage));
const DiagnosisPage = lazyPage(() => pageModules.diagnosis().then((m) => m.DiagnosisPage));
const ResultsPage = lazyPage(() => pageModules.results().then((m) => m.ResultsPage));
const PlanPage = lazyPage(() => pageModules.plan().then((m) => m.PlanPage));
const TeamJoinPage = lazyPage(() => pageModules.teamJoin().then((m) => m.TeamJoinPage));
const TeamPage = lazyPage(() => pageModules.team().then((m) => m.TeamPage));
const AccessibilityPage = lazyPage(() =>
  pageModules.accessibility().then((m) => m.AccessibilityPage),
);
const DataPage = lazyPage(() => pageModules.data().then((m) => m.DataPage));
// A chunk of its own: volunteers never download the facilitator's pages.
const FacilitatorPage = lazyPage(() => pageModules.facilitator().then((m) => m.FacilitatorPage));

/** Each page but the home page is a chunk of its own (page-modules.ts), fetched when opened. */
function Page({ route }: { route: Route }): ComponentChild {
  switch (route.page) {
    case 'home':
      return <HomePage />;
    case 'resume':
      return null;
    case 'workshopJoin':
      return <JoinPage code={route.code} />;
    // The invite code, like a resume token, lives only in the fragment: never in a server log.
    case 'teamJoin':
      return <TeamJoinPage code={route.code} />;
    case 'accessibility':
      return <AccessibilityPage />;
    case 'data':
      return <DataPage />;
    case 'facilitator':
      return <FacilitatorPage route={route.view} />;
    default:
      return <CredentialedPage route={route} />;
  }
}

/** A volunteer's own pages open only with the response's credentials kept on this device. */
function CredentialedPage({ route }: { route: OwnPage }): ComponentChild {
  const credentials = currentCredentials();
  if (!credentials || credentials.id !== route.id)
    return (
      <ErrorPage error={new Error(t('error.notFound'))} retry={() => navigate(links.home())} />
    );
  switch (route.page) {
    case 'diagnosis':
      return <DiagnosisPage credentials={credentials} step={route.step} />;
    case 'results':
      return <ResultsPage credentials={credentials} />;
    case 'plan':
      return <PlanPage credentials={credentials} />;
    case 'team':
      return <TeamPage credentials={credentials} />;
    default:
      return null;
  }
}
