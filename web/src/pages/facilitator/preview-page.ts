import { Chart } from 'chart.js';
import { buildActionPlan } from '../../../../src/domain/action-plan/build-action-plan.js';
import type { Answers, AnswerValue } from '../../../../src/domain/answers/answer-schema.js';
import { hiddenQuestions } from '../../../../src/domain/answers/hidden-questions.js';
import { localize } from '../../../../src/domain/questionnaire/localize.js';
import { indexQuestionnaire } from '../../../../src/domain/questionnaire/questionnaire-index.js';
import type { Questionnaire } from '../../../../src/domain/questionnaire/questionnaire-schema.js';
import { scoreResponse } from '../../../../src/domain/scoring/score-response.js';
import { api } from '../../api.js';
import { questionField } from '../../components/question-field-legacy.js';
import { resultsView } from '../../components/results-view.js';
import { ruleInWords } from '../../components/rule-in-words.js';
import { h, showPage } from '../../dom.js';
import { formatNumber, locale, t } from '../../i18n.js';
import type { FacilitatorSession } from '../../facilitator-api.js';
import { links } from '../../routes.js';
import { showError } from '../error-page.js';
import { facilitatorHeader } from './facilitator-header.js';
import { optionPoints } from './option-points.js';

/**
 * #/animateur/apercu/<id>/<version>: the whole questionnaire for its author, every question with
 * its points and condition, every recommendation with its trigger, and the results of the
 * answers clicked so far. Everything is computed here with the domain's own functions (the same
 * the server runs); nothing is sent or stored.
 */
export async function showPreview(
  root: HTMLElement,
  session: FacilitatorSession,
  id: string,
  version: string,
  navigate: (path: string) => void,
): Promise<void> {
  let questionnaire: Questionnaire;
  try {
    questionnaire = await api.questionnaire(id, version);
  } catch (error) {
    showError(root, error, () => void showPreview(root, session, id, version, navigate));
    return;
  }
  const text = (s: Record<string, string>) => localize(s, locale(), questionnaire.defaultLocale);
  const index = indexQuestionnaire(questionnaire);
  const rules = ruleInWords(questionnaire);
  const answers: Answers = {};
  const results = h('div', { class: 'preview-results', id: 'preview-results' });
  const live = h('p', { class: 'preview-live', 'aria-live': 'polite', id: 'preview-live' });
  const fields = new Map<string, HTMLElement>();
  const planned = new Map<string, HTMLElement>();

  const update = () => {
    const profile = scoreResponse(questionnaire, answers);
    const actionPlan = buildActionPlan(questionnaire, answers, profile, locale());
    const hidden = hiddenQuestions(index, answers);
    // An author reads every question: one its condition leaves out is dimmed, not hidden.
    for (const [questionId, field] of fields) {
      field.classList.toggle('preview-skipped', hidden.has(questionId));
      const state = field.querySelector('.preview-asked');
      if (state)
        state.textContent = t(hidden.has(questionId) ? 'preview.skipped' : 'preview.asked');
    }
    const inPlan = new Set(actionPlan.items.map((item) => item.id));
    for (const [recommendationId, badge] of planned) {
      badge.textContent = t(inPlan.has(recommendationId) ? 'preview.inPlan' : 'preview.notInPlan');
      badge.classList.toggle('in-plan', inPlan.has(recommendationId));
    }
    // The charts of the previous drawing are let go before the new radar takes their place.
    results.querySelectorAll('canvas').forEach((canvas) => Chart.getChart(canvas)?.destroy());
    const view = resultsView(
      { profile, actionPlan, peerComparison: null, progress: null, associationName: null },
      questionnaire,
      { title: t('preview.results.title'), report: h('span'), actions: [] },
    );
    // The page has its own h1: the results are one of its sections.
    view.forEach((node) => {
      const heading = node instanceof HTMLElement ? node.querySelector('h1') : null;
      heading?.replaceWith(h('h2', {}, ...heading.childNodes));
    });
    results.replaceChildren(...view);
    live.textContent =
      profile.overall.score === null
        ? t('results.overall.none')
        : t('results.overall', { score: formatNumber(profile.overall.score) });
  };
  const onAnswer = (questionId: string, value: AnswerValue | null) => {
    if (value === null) delete answers[questionId];
    else answers[questionId] = value;
    update();
  };

  const areaTitle = (areaId: string) =>
    text(questionnaire.areas.find((a) => a.id === areaId)?.title ?? { fr: areaId });
  const questionBlock = (
    question: Questionnaire['questions'][number] | Questionnaire['contextQuestions'][number],
  ) => {
    const field = questionField(question, undefined, questionnaire.defaultLocale, onAnswer);
    const scored = 'area' in question;
    // Where it scores and when it is asked come first, under its title; the points after the
    // choices they price.
    field.querySelector('legend')!.after(
      h(
        'p',
        { class: 'meta preview-about' },
        scored
          ? t('preview.scoredIn', {
              area: areaTitle(question.area),
              weight: formatNumber(question.weight),
            })
          : t('preview.contextQuestion'),
      ),
      ...(scored && question.showIf
        ? [
            h(
              'p',
              { class: 'preview-condition' },
              rules.showIf(question.showIf),
              ' ',
              h('strong', { class: 'preview-asked' }),
            ),
          ]
        : []),
    );
    if (scored) {
      field.append(
        h(
          'ul',
          { class: 'preview-points', 'aria-label': t('preview.points') },
          ...optionPoints(question, questionnaire, text).map((line) => h('li', {}, line)),
        ),
      );
    }
    fields.set(question.id, field);
    return field;
  };

  showPage(
    root,
    facilitatorHeader(session, navigate, {
      href: links.facilitator.previews(),
      label: t('preview.back'),
    }),
    h('h1', {}, t('preview.title', { title: text(questionnaire.title) })),
    h(
      'p',
      { class: 'meta' },
      t('preview.summary', {
        id: questionnaire.id,
        version: questionnaire.version,
        questions: questionnaire.questions.length,
        recommendations: questionnaire.recommendations.length,
      }),
    ),
    h('p', { class: 'notice', id: 'preview-notice' }, t('preview.notStored')),
    h(
      'div',
      { class: 'preview-layout' },
      h(
        'section',
        { class: 'card preview-questions', 'aria-labelledby': 'preview-questions-title' },
        h('h2', { id: 'preview-questions-title' }, t('preview.questions.title')),
        ...questionnaire.contextQuestions.map(questionBlock),
        ...questionnaire.questions.map(questionBlock),
      ),
      results,
    ),
    h(
      'section',
      { class: 'card preview-recommendations', 'aria-labelledby': 'preview-recommendations-title' },
      h('h2', { id: 'preview-recommendations-title' }, t('preview.recommendations.title')),
      h(
        'ul',
        {},
        ...questionnaire.recommendations.map((recommendation) => {
          const badge = h('span', { class: 'preview-badge' });
          planned.set(recommendation.id, badge);
          return h(
            'li',
            { 'data-recommendation': recommendation.id },
            h('strong', {}, text(recommendation.title)),
            ' ',
            badge,
            h('p', { class: 'meta' }, `${areaTitle(recommendation.area)} · ${recommendation.id}`),
            ...rules.trigger(recommendation).map((line) => h('p', {}, line)),
          );
        }),
      ),
    ),
    // The overall score stays in sight at the bottom of a phone's screen while answers change.
    live,
  );
  update();
}
