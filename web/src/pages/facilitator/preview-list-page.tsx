import { localize } from '../../../../src/domain/questionnaire/localize.js';
import { api } from '../../api.js';
import type { FacilitatorSession } from '../../facilitator-api.js';
import { locale, t } from '../../i18n.js';
import { links } from '../../routes.js';
import { useFocusHeading } from '../../use-focus-heading.js';
import { ErrorPage } from '../error-page.js';
import { FacilitatorHeader } from './facilitator-header.js';
import { useFacilitatorLoad } from './use-facilitator-load.js';

/** #/animateur/apercu: every published questionnaire and each of its versions, to preview. */
export function PreviewListPage({ session }: { session: FacilitatorSession }) {
  const { loaded, retry } = useFacilitatorLoad(() => api.listQuestionnaires(), []);
  if (loaded.state === 'failed') return <ErrorPage error={loaded.error} retry={retry} />;
  if (loaded.state === 'loading') return <p role="status">{t('facilitator.loading')}</p>;
  return <PreviewList session={session} questionnaires={loaded.value.questionnaires} />;
}

function PreviewList(props: {
  session: FacilitatorSession;
  questionnaires: Awaited<ReturnType<typeof api.listQuestionnaires>>['questionnaires'];
}) {
  const heading = useFocusHeading<HTMLHeadingElement>();
  const lang = locale();
  return (
    <>
      <FacilitatorHeader
        session={props.session}
        view="previews"
        back={{ href: links.facilitator.workshops(), label: t('preview.back.workshops') }}
      />
      <h1 ref={heading}>{t('preview.list.title')}</h1>
      <p>{t('preview.list.intro')}</p>
      {props.questionnaires.map((questionnaire) => (
        <section
          key={questionnaire.id}
          class="card preview-entry"
          data-questionnaire={questionnaire.id}
        >
          <h2>{localize(questionnaire.title, lang, questionnaire.locales[0] ?? 'fr')}</h2>
          <p class="meta">{questionnaire.id}</p>
          <ul class="preview-versions">
            {/* Newest first: the version an author is working on. */}
            {[...questionnaire.versions].reverse().map((version) => (
              <li key={version}>
                <a href={links.facilitator.preview(questionnaire.id, version)}>
                  {t(
                    version === questionnaire.latest
                      ? 'preview.list.latest'
                      : 'preview.list.version',
                    { version },
                  )}
                </a>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </>
  );
}
