import type { Questionnaire } from '../../../../src/domain/questionnaire/questionnaire-schema.js';
import { localize } from '../../../../src/domain/questionnaire/localize.js';
import { api } from '../../api.js';
import { downloadButton } from '../../components/download-button.js';
import { resultsView } from '../../components/results-view.js';
import { h, showPage } from '../../dom.js';
import { currentSession, facilitatorApi, isSignedOut } from '../../facilitator-api.js';
import { locale, t } from '../../i18n.js';
import type { PortfolioEntryView } from '../../share-types.js';
import { showError } from '../error-page.js';
import { facilitatorHeader } from './facilitator-header.js';
import { ownedPlanSummary } from './owned-plan-summary.js';
import { progressText } from './progress-text.js';

/**
 * A sharing association's latest results, as its centre sees them: the volunteer's results page
 * (profile, levels, plan) without the detailed answers, its progress and its PDF.
 */
export async function showPortfolioEntry(
  root: HTMLElement,
  chainId: string,
  navigate: (path: string) => void,
): Promise<void> {
  let view: PortfolioEntryView;
  let questionnaire: Questionnaire;
  try {
    view = await facilitatorApi.portfolioEntry(chainId, locale());
    questionnaire = await api.questionnaire(view.results.questionnaireId, view.results.version);
  } catch (error) {
    if (isSignedOut(error)) return navigate(location.hash); // The sign-in form, then back here.
    showError(root, error, () => void showPortfolioEntry(root, chainId, navigate));
    return;
  }
  const session = await currentSession().catch(() => undefined);
  const back = { href: '#/animateur/portfolio', label: t('portfolioEntry.back') };
  const name = view.entry.associationName ?? t('participant.dataset');
  showPage(
    root,
    facilitatorHeader(session, navigate, back),
    ...resultsView(view.results, questionnaire, {
      title: t('portfolioEntry.title'),
      seriesLabel: name,
      report: downloadButton({
        id: 'portfolio-report',
        label: t('results.report.download'),
        fallbackName: t('results.report.fileName'),
        primary: true,
        fetch: () => facilitatorApi.portfolioReport(chainId, locale()),
      }),
      extra: [
        progressSection(view, questionnaire),
        ownedPlanSummary(view.ownedPlan, questionnaire),
        privacyNote(),
      ],
      actions: [h('a', { href: back.href }, back.label)],
    }),
  );
}

/** Overall and area by area, since the previous submitted diagnosis. */
function progressSection(view: PortfolioEntryView, questionnaire: Questionnaire): HTMLElement {
  const { progress } = view.entry;
  const text = (s: Record<string, string>) => localize(s, locale(), questionnaire.defaultLocale);
  const areaTitle = (id: string) => {
    const area = questionnaire.areas.find((candidate) => candidate.id === id);
    return area ? text(area.title) : id;
  };
  return h(
    'section',
    { class: 'card', 'aria-labelledby': 'progress-title' },
    h('h2', { id: 'progress-title' }, t('portfolioEntry.progress')),
    progress
      ? h(
          'ul',
          { class: 'progress-list' },
          h(
            'li',
            {},
            h('strong', {}, t('dashboard.table.overall')),
            ' : ',
            progressText(progress.overall.points, progress.overall.levelSteps),
          ),
          ...progress.areas.map((area) =>
            h('li', {}, areaTitle(area.areaId), ' : ', progressText(area.points, area.levelSteps)),
          ),
        )
      : h('p', {}, t('portfolioEntry.progress.none')),
  );
}

function privacyNote(): HTMLElement {
  return h(
    'section',
    { class: 'card', 'aria-labelledby': 'shared-answers-title' },
    h('h2', { id: 'shared-answers-title' }, t('participant.answers.title')),
    h('p', {}, t('portfolioEntry.answersPrivate')),
  );
}
