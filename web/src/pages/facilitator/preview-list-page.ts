import { api, type QuestionnaireSummary } from '../../api.js';
import { h, showPage } from '../../dom.js';
import { locale, t } from '../../i18n.js';
import type { FacilitatorSession } from '../../workshop-types.js';
import { localize } from '../../../../src/domain/questionnaire/localize.js';
import { showError } from '../error-page.js';
import { facilitatorHeader } from './facilitator-header.js';

/** #/animateur/apercu: every published questionnaire and each of its versions, to preview. */
export async function showPreviewList(
  root: HTMLElement,
  session: FacilitatorSession,
  navigate: (path: string) => void,
): Promise<void> {
  let questionnaires: QuestionnaireSummary[];
  try {
    ({ questionnaires } = await api.listQuestionnaires());
  } catch (error) {
    showError(root, error, () => void showPreviewList(root, session, navigate));
    return;
  }
  showPage(
    root,
    facilitatorHeader(session, navigate, {
      href: '#/animateur',
      label: t('preview.back.workshops'),
    }),
    h('h1', {}, t('preview.list.title')),
    h('p', {}, t('preview.list.intro')),
    ...questionnaires.map((questionnaire) => {
      const title = localize(questionnaire.title, locale(), questionnaire.locales[0] ?? 'fr');
      return h(
        'section',
        { class: 'card preview-entry', 'data-questionnaire': questionnaire.id },
        h('h2', {}, title),
        h('p', { class: 'meta' }, questionnaire.id),
        h(
          'ul',
          { class: 'preview-versions' },
          // Newest first: the version an author is working on.
          ...[...questionnaire.versions].reverse().map((version) =>
            h(
              'li',
              {},
              h(
                'a',
                { href: `#/animateur/apercu/${questionnaire.id}/${version}` },
                t(
                  version === questionnaire.latest ? 'preview.list.latest' : 'preview.list.version',
                  {
                    version,
                  },
                ),
              ),
            ),
          ),
        ),
      );
    }),
  );
}
