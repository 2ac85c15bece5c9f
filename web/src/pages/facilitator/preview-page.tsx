import { useMemo, useState } from 'preact/hooks';
import { buildActionPlan } from '../../../../src/domain/action-plan/build-action-plan.js';
import type { Answers, AnswerValue } from '../../../../src/domain/answers/answer-schema.js';
import { hiddenQuestions } from '../../../../src/domain/answers/hidden-questions.js';
import { localize } from '../../../../src/domain/questionnaire/localize.js';
import { indexQuestionnaire } from '../../../../src/domain/questionnaire/questionnaire-index.js';
import type { Questionnaire } from '../../../../src/domain/questionnaire/questionnaire-schema.js';
import { scoreResponse } from '../../../../src/domain/scoring/score-response.js';
import { api } from '../../api.js';
import { QuestionField } from '../../components/question-field.js';
import { ResultsView } from '../../components/results-view.js';
import { ruleInWords } from '../../components/rule-in-words.js';
import type { FacilitatorSession } from '../../facilitator-api.js';
import { formatNumber, locale, t } from '../../i18n.js';
import { links } from '../../routes.js';
import { useFocusHeading } from '../../use-focus-heading.js';
import { ErrorPage } from '../error-page.js';
import { FacilitatorHeader } from './facilitator-header.js';
import { optionPoints } from './option-points.js';
import { useFacilitatorLoad } from './use-facilitator-load.js';

interface PreviewPageProps {
  session: FacilitatorSession;
  questionnaireId: string;
  version: string;
}

/**
 * links.facilitator.preview: the whole questionnaire for its author, every question with its
 * points and condition, every recommendation with its trigger, and the results of the answers
 * clicked so far. Everything is computed here with the domain's own functions (the same the
 * server runs); nothing is sent or stored.
 */
export function PreviewPage({ session, questionnaireId, version }: PreviewPageProps) {
  const { loaded, signedOut, retry } = useFacilitatorLoad(
    () => api.questionnaire(questionnaireId, version),
    [questionnaireId, version],
  );
  if (loaded.state === 'failed' && !signedOut)
    return <ErrorPage error={loaded.error} retry={retry} />;
  if (loaded.state !== 'loaded') return null;
  return <Preview session={session} questionnaire={loaded.value} />;
}

function Preview({
  session,
  questionnaire,
}: {
  session: FacilitatorSession;
  questionnaire: Questionnaire;
}) {
  const heading = useFocusHeading<HTMLHeadingElement>();
  const [answers, setAnswers] = useState<Answers>({});
  const text = (s: Record<string, string>) => localize(s, locale(), questionnaire.defaultLocale);
  const index = useMemo(() => indexQuestionnaire(questionnaire), [questionnaire]);
  const rules = useMemo(() => ruleInWords(questionnaire), [questionnaire]);
  const profile = useMemo(() => scoreResponse(questionnaire, answers), [questionnaire, answers]);
  const actionPlan = useMemo(
    () => buildActionPlan(questionnaire, answers, profile, locale()),
    [questionnaire, answers, profile],
  );
  const hidden = hiddenQuestions(index, answers);
  const inPlan = new Set(actionPlan.items.map((item) => item.id));
  const results = useMemo(
    () => ({ profile, actionPlan, peerComparison: null, progress: null, associationName: null }),
    [profile, actionPlan],
  );
  const onAnswer = (questionId: string, value: AnswerValue | null) =>
    setAnswers((previous) => {
      const next = { ...previous };
      if (value === null) delete next[questionId];
      else next[questionId] = value;
      return next;
    });
  const areaTitle = (areaId: string) =>
    text(questionnaire.areas.find((a) => a.id === areaId)?.title ?? { fr: areaId });

  const questionBlock = (
    question: Questionnaire['questions'][number] | Questionnaire['contextQuestions'][number],
  ) => {
    const scored = 'area' in question;
    const skipped = hidden.has(question.id);
    return (
      <QuestionField
        key={question.id}
        question={question}
        value={undefined}
        fallbackLocale={questionnaire.defaultLocale}
        onAnswer={onAnswer}
        // An author reads every question: one its condition leaves out is dimmed, not hidden.
        class={skipped ? 'preview-skipped' : undefined}
        // Where it scores and when it is asked come first, under its title; the points after
        // the choices they price.
        about={
          <>
            <p class="meta preview-about">
              {scored
                ? t('preview.scoredIn', {
                    area: areaTitle(question.area),
                    weight: formatNumber(question.weight),
                  })
                : t('preview.contextQuestion')}
            </p>
            {scored && question.showIf && (
              <p class="preview-condition">
                {rules.showIf(question.showIf)}{' '}
                <strong class="preview-asked">
                  {t(skipped ? 'preview.skipped' : 'preview.asked')}
                </strong>
              </p>
            )}
          </>
        }
        afterChoices={
          scored && (
            <ul class="preview-points" aria-label={t('preview.points')}>
              {optionPoints(question, questionnaire, text).map((line, i) => (
                <li key={i}>{line}</li>
              ))}
            </ul>
          )
        }
      />
    );
  };

  return (
    <>
      <FacilitatorHeader
        session={session}
        view="preview"
        back={{ href: links.facilitator.previews(), label: t('preview.back') }}
      />
      <h1 ref={heading}>{t('preview.title', { title: text(questionnaire.title) })}</h1>
      <p class="meta">
        {t('preview.summary', {
          id: questionnaire.id,
          version: questionnaire.version,
          questions: questionnaire.questions.length,
          recommendations: questionnaire.recommendations.length,
        })}
      </p>
      <p class="notice" id="preview-notice">
        {t('preview.notStored')}
      </p>
      <div class="preview-layout">
        <section class="card preview-questions" aria-labelledby="preview-questions-title">
          <h2 id="preview-questions-title">{t('preview.questions.title')}</h2>
          {questionnaire.contextQuestions.map(questionBlock)}
          {questionnaire.questions.map(questionBlock)}
        </section>
        <div class="preview-results" id="preview-results">
          <ResultsView
            response={results}
            questionnaire={questionnaire}
            title={t('preview.results.title')}
            titleLevel="h2"
            report={<span />}
            actions={null}
          />
        </div>
      </div>
      <section class="card preview-recommendations" aria-labelledby="preview-recommendations-title">
        <h2 id="preview-recommendations-title">{t('preview.recommendations.title')}</h2>
        <ul>
          {questionnaire.recommendations.map((recommendation) => (
            <li key={recommendation.id} data-recommendation={recommendation.id}>
              <strong>{text(recommendation.title)}</strong>{' '}
              <span
                class={inPlan.has(recommendation.id) ? 'preview-badge in-plan' : 'preview-badge'}
              >
                {t(inPlan.has(recommendation.id) ? 'preview.inPlan' : 'preview.notInPlan')}
              </span>
              <p class="meta">{`${areaTitle(recommendation.area)} · ${recommendation.id}`}</p>
              {rules.trigger(recommendation).map((line, i) => (
                <p key={i}>{line}</p>
              ))}
            </li>
          ))}
        </ul>
      </section>
      {/* The overall score stays in sight at the bottom of a phone's screen while answers change. */}
      <p class="preview-live" aria-live="polite" id="preview-live">
        {profile.overall.score === null
          ? t('results.overall.none')
          : t('results.overall', { score: formatNumber(profile.overall.score) })}
      </p>
    </>
  );
}
