import { api, type Credentials } from '../api.js';
import { h } from '../dom.js';
import { t } from '../i18n.js';
import { downloadButton } from './download-button.js';

/** "Download my answers (JSON)": a file the home page (or another server) can load back. */
export function answersFileButton(
  credentials: Credentials,
  /** Runs first: on a draft, the answers still being saved. */
  before: () => Promise<void> = async () => {},
): HTMLElement {
  return h(
    'div',
    { class: 'answers-file' },
    downloadButton({
      id: 'answers-download',
      label: t('answersFile.download'),
      fallbackName: t('answersFile.fileName'),
      fetch: async () => {
        await before();
        return api.answersFile(credentials);
      },
    }),
    h('p', { class: 'meta' }, t('answersFile.hint')),
  );
}
