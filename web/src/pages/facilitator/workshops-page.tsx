import { localize } from '../../../../src/domain/questionnaire/localize.js';
import { api } from '../../api.js';
import { ErrorPage } from '../error-page.js';
import { PaperLinks, paperPdfUrl } from '../../components/paper-links.js';
import { facilitatorApi, type FacilitatorSession } from '../../facilitator-api.js';
import { formatCalendarDate } from '../../format-date.js';
import { locale, t } from '../../i18n.js';
import { displayJoinCode } from '../../join-code.js';
import { links } from '../../routes.js';
import { useFocusHeading } from '../../use-focus-heading.js';
import { useFacilitatorLoad } from './use-facilitator-load.js';
import { FacilitatorHeader } from './facilitator-header.js';
import { WorkshopForm } from './workshop-form.js';

const loadPage = () => Promise.all([facilitatorApi.workshops(), api.listQuestionnaires()]);

/** The facilitator's workshops, newest first, and the form that creates one. */
export function WorkshopsPage({ session }: { session: FacilitatorSession }) {
  const { loaded, signedOut, retry } = useFacilitatorLoad(loadPage, []);
  if (loaded.state === 'failed')
    return signedOut ? null : <ErrorPage error={loaded.error} retry={retry} />;
  if (loaded.state === 'loading') return <p role="status">{t('facilitator.loading')}</p>;
  const [{ workshops }, { questionnaires }] = loaded.value;
  return (
    <WorkshopsContent session={session} workshops={workshops} questionnaires={questionnaires} />
  );
}

type Loaded = Awaited<ReturnType<typeof loadPage>>;

function WorkshopsContent(props: {
  session: FacilitatorSession;
  workshops: Loaded[0]['workshops'];
  questionnaires: Loaded[1]['questionnaires'];
}) {
  const heading = useFocusHeading<HTMLHeadingElement>();
  const lang = locale();
  const first = props.questionnaires[0];
  return (
    <>
      <FacilitatorHeader session={props.session} view="workshops" />
      <h1 ref={heading}>{t('workshops.title')}</h1>
      <section class="card" aria-labelledby="workshop-list-title">
        <h2 id="workshop-list-title">{t('workshops.list')}</h2>
        {props.workshops.length === 0 ? (
          <p>{t('workshops.none')}</p>
        ) : (
          <ul class="workshop-list">
            {props.workshops.map((w) => (
              <li key={w.id}>
                <a href={links.facilitator.workshop(w.id)}>{w.title}</a>
                <span class="meta">
                  {` · ${formatCalendarDate(w.date)} · ${t('workshops.code', { code: displayJoinCode(w.joinCode) })} · `}
                  <span class={w.open ? 'status-open' : 'status-closed'}>
                    {w.open ? t('workshop.open') : t('workshop.closed')}
                  </span>
                </span>
              </li>
            ))}
          </ul>
        )}
      </section>
      <WorkshopForm questionnaires={props.questionnaires} />
      {first && (
        <PaperLinks
          print={{
            href: paperPdfUrl(first.id, first.latest, lang),
            label: t('paper.printOf', {
              title: localize(first.title, lang, first.locales[0] ?? 'fr'),
              version: first.latest,
            }),
          }}
          entryHref={links.facilitator.paperEntry()}
        />
      )}
    </>
  );
}
