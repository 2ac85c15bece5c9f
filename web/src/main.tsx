import { render } from 'preact';
import { App } from './app.js';
import { SiteChrome } from './components/site-chrome.js';
import { locale, setLocale } from './i18n.js';
import { preloadPage } from './page-modules.js';
import { openDetailsWhilePrinting } from './print-details.js';
import { parseRoute } from './routes.js';

// Only the page's language is fetched before the first page (the other one when switched to),
// together with the chunk of the page asked for.
await Promise.all([setLocale(locale()), preloadPage(parseRoute(location.hash))]);
openDetailsWhilePrinting();
render(<SiteChrome />, document.getElementById('lang-switch')!);
render(<App />, document.getElementById('app')!);
