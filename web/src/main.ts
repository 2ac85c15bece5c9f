import { h, leavePage } from './dom.js';
import { locale, setLocale, t, type UiLocale } from './i18n.js';
import { showDiagnosis } from './pages/diagnosis-page.js';
import { showError } from './pages/error-page.js';
import { showHome } from './pages/home-page.js';
import { showJoin } from './pages/join-page.js';
import { normalizeJoinCode } from './join-code.js';
import { showPlan } from './pages/plan-page.js';
import { showResults } from './pages/results-page.js';
import { showTeam } from './pages/team-page.js';
import { showTeamJoin } from './pages/team-join-page.js';
import { currentCredentials, rememberCurrent } from './resume-link.js';

const root = document.getElementById('app')!;

function navigate(path: string): void {
  if (location.hash === path) void route();
  else location.hash = path;
}

/** Hash routes, so that any static host serves the app and the token never reaches a log. */
async function route(): Promise<void> {
  leavePage();
  const parts = location.hash.replace(/^#\/?/, '').split('/');
  const [page, id, extra] = parts;
  // Wider pages (the facilitator's dashboard) are styled by it.
  document.body.dataset.page = page || 'home';
  if (page === 'reprendre' && id && extra) {
    rememberCurrent({ id, token: extra });
    // Drop the token from the address bar and the history once it is kept.
    history.replaceState(null, '', `#/diagnostic/${id}/0`);
    return route();
  }
  // Spaces typed in the address arrive encoded: the code ignores them as the server does.
  if (page === 'atelier' && id)
    return showJoin(root, normalizeJoinCode(id.replace(/%20/g, '')), navigate);
  // The invite code, like a resume token, lives only in the fragment: never in a server log.
  if (page === 'equipe' && id) return showTeamJoin(root, id, navigate);
  if (page === 'animateur') {
    // A dynamic import: a chunk of its own once the build splits (esbuild `splitting`), so that
    // volunteers never download the facilitator's pages; inlined in the bundle until then.
    const { showFacilitator } = await import('./pages/facilitator/facilitator-routes.js');
    return showFacilitator(root, parts.slice(1), navigate);
  }
  const credentials = id ? currentCredentials() : undefined;
  const ownPages = ['diagnostic', 'resultats', 'plan', 'equipe-vue'];
  if (ownPages.includes(page ?? '') && (!credentials || credentials.id !== id)) {
    showError(root, new Error(t('error.notFound')), () => navigate('#/'));
    return;
  }
  if (page === 'diagnostic' && credentials)
    return showDiagnosis(root, credentials, Number(extra ?? 0), navigate);
  if (page === 'resultats' && credentials) return showResults(root, credentials, navigate);
  if (page === 'plan' && credentials) return showPlan(root, credentials, navigate);
  if (page === 'equipe-vue' && credentials) return showTeam(root, credentials, navigate);
  return showHome(root, navigate);
}

function renderChrome(): void {
  const switcher = document.getElementById('lang-switch')!;
  switcher.replaceChildren(
    ...(['fr', 'en'] as UiLocale[]).map((code) =>
      h(
        'button',
        {
          type: 'button',
          lang: code,
          'aria-pressed': String(locale() === code),
          onclick: () => {
            setLocale(code);
            // Status messages were written in the other language.
            for (const id of ['save-state', 'status'])
              document.getElementById(id)!.textContent = '';
            renderChrome();
            void route();
          },
        },
        t(`lang.${code}`),
      ),
    ),
  );
  switcher.setAttribute('aria-label', t('lang.label'));
  document.getElementById('app-tagline')!.textContent = t('app.tagline');
  document.getElementById('facilitator-link')!.textContent = t('footer.facilitator');
  document.title = `${t('app.name')} — ${t('app.tagline')}`;
}

setLocale(locale());
renderChrome();
window.addEventListener('hashchange', () => void route());
void route();
