import { render } from 'preact';
import { App } from './app.js';
import { SiteChrome } from './components/site-chrome.js';
import { locale, setLocale } from './i18n.js';

// Only the page's language is fetched before the first page: the other one when switched to.
await setLocale(locale());
render(<SiteChrome />, document.getElementById('lang-switch')!);
render(<App />, document.getElementById('app')!);
