import { useEffect, useState } from 'preact/hooks';
import type { Answers, AnswerValue } from '../../../src/domain/answers/answer-schema.js';
import { answerTo } from '../../../src/domain/answers/answer-to.js';
import { hiddenQuestions } from '../../../src/domain/answers/hidden-questions.js';
import { mergeAnswers } from '../../../src/domain/answers/merge-answers.js';
import { localize } from '../../../src/domain/questionnaire/localize.js';
import { indexQuestionnaire } from '../../../src/domain/questionnaire/questionnaire-index.js';
import type { Questionnaire } from '../../../src/domain/questionnaire/questionnaire-schema.js';
import { unansweredRequired } from '../../../src/domain/answers/unanswered-required.js';
import { scoreResponse } from '../../../src/domain/scoring/score-response.js';
import type { AnswerSaver } from '../answer-saver.js';
import { saverFor } from '../answer-savers.js';
import { api, type Credentials } from '../api.js';
import { AnswersFileButton } from '../components/answers-file-button.js';
import { QuestionField, type AnyQuestion } from '../components/question-field.js';
import { ResumeBox } from '../components/resume-box.js';
import { ReviewAnswers } from '../components/review-answers.js';
import { focusQuestion, takeRequestedQuestion } from '../focus-question.js';
import { formatDate } from '../format-date.js';
import { formatNumber, locale, t } from '../i18n.js';
import { navigate } from '../navigate.js';
import { problemMessage } from '../problem-message.js';
import { links } from '../routes.js';
import { useFocusHeading } from '../use-focus-heading.js';
import { useLoad } from '../use-load.js';
import { ErrorPage } from './error-page.js';

/** The API's limit (src/domain/response/association-name.ts): the field lets no more be typed. */
const ASSOCIATION_NAME_MAX = 200;

interface Step {
  title: string;
  intro: string;
  areaId?: string;
  questions: AnyQuestion[];
}

interface Draft {
  questionnaire: Questionnaire;
  answers: Answers;
  associationName: string;
  /** Set when this draft was taken again from a submitted diagnosis: its answers were carried over. */
  carriedFrom: string | undefined;
}

/** The questionnaire, one step per area (context questions first), then the review. */
export function DiagnosisPage({ credentials, step }: { credentials: Credentials; step: number }) {
  const [attempt, setAttempt] = useState(0);
  const saver = saverFor(credentials);
  const loaded = useLoad<Draft | 'submitted'>(async () => {
    // Changes of the step just left are sent, and acknowledged, before the draft is read: a read
    // that reached the server before a save, answered after the save's acknowledgement, would
    // otherwise miss that save's answers both on the server's side and on this device's.
    await saver.flush();
    const response = await api.response(credentials);
    if (response.status === 'submitted') return 'submitted';
    const questionnaire = await api.questionnaire(response.questionnaireId, response.version);
    // What this device changed and the server has not acknowledged yet wins over the server's.
    const unsentName = saver.unsentAssociationName();
    return {
      questionnaire,
      answers: mergeAnswers(response.answers, saver.unsent()),
      associationName: (unsentName === undefined ? response.associationName : unsentName) ?? '',
      carriedFrom: response.progress?.previous.submittedAt,
    };
  }, [credentials, attempt]);
  const submitted = loaded.state === 'loaded' && loaded.value === 'submitted';
  useEffect(() => {
    if (submitted) navigate(links.results(credentials.id));
    // Changes left by an earlier visit (or a lost connection) are sent again.
    else if (loaded.state === 'loaded') void saver.flush();
  }, [loaded.state]);
  if (loaded.state === 'failed')
    return <ErrorPage error={loaded.error} retry={() => setAttempt((n) => n + 1)} />;
  if (loaded.state !== 'loaded' || loaded.value === 'submitted') return null;
  return <Diagnosis credentials={credentials} step={step} saver={saver} draft={loaded.value} />;
}

function stepsOf(questionnaire: Questionnaire): Step[] {
  const text = (s: Record<string, string>) => localize(s, locale(), questionnaire.defaultLocale);
  return [
    ...(questionnaire.contextQuestions.length > 0
      ? [
          {
            title: t('diag.context.title', { respondent: questionnaire.respondent }),
            intro: t('diag.context.intro', { respondent: questionnaire.respondent }),
            questions: questionnaire.contextQuestions,
          },
        ]
      : []),
    ...questionnaire.areas.map((area) => ({
      title: text(area.title),
      intro: text(area.description),
      areaId: area.id,
      questions: questionnaire.questions.filter((q) => q.area === area.id),
    })),
  ];
}

function Diagnosis(props: {
  credentials: Credentials;
  step: number;
  saver: AnswerSaver;
  draft: Draft;
}) {
  const { credentials, saver, draft } = props;
  const { questionnaire } = draft;
  const [answers, setAnswers] = useState<Answers>(draft.answers);
  const heading = useFocusHeading<HTMLHeadingElement>();
  const fallback = questionnaire.defaultLocale;
  const text = (s: Record<string, string>) => localize(s, locale(), fallback);
  const steps = stepsOf(questionnaire);
  const reviewIndex = steps.length;
  const current = Math.min(Math.max(0, props.step), reviewIndex);
  const go = (index: number) => navigate(links.diagnosis(credentials.id, index));

  const hidden = hiddenQuestions(indexQuestionnaire(questionnaire), answers);
  const shown = [...questionnaire.contextQuestions, ...questionnaire.questions].filter(
    (q) => !hidden.has(q.id),
  );
  const answered = shown.filter((q) => answerTo(answers, q.id) !== undefined).length;
  const percent = shown.length ? Math.round((100 * answered) / shown.length) : 0;
  const stepOf = t('diag.stepOf', { current: current + 1, total: steps.length + 1 });
  const step = steps[current];
  const inStep = (step?.questions ?? []).filter((q) => !hidden.has(q.id));
  const someOptional = inStep.some((q) => !('required' in q && q.required));
  // After the heading took the focus: a "Modifier" link of the review asked for one question.
  useEffect(() => {
    const questionId = takeRequestedQuestion();
    if (questionId) focusQuestion(questionId);
  }, []);

  const onAnswer = (questionId: string, value: AnswerValue | null) => {
    setAnswers((before) => {
      const after = { ...before };
      if (value === null) delete after[questionId];
      else after[questionId] = value;
      return after;
    });
    saver.change(questionId, value);
  };

  return (
    <div class="page">
      <header class="step-header">
        <p class="questionnaire-title">{text(questionnaire.title)}</p>
        <p id="progress-label" class="progress-label">
          {`${stepOf} · ${t('diag.answered', { percent })}`}
        </p>
        <progress max={100} value={percent} aria-labelledby="progress-label" />
        <p class="step-progress">
          {step
            ? t('diag.stepAnswered', {
                answered: inStep.filter((q) => answerTo(answers, q.id) !== undefined).length,
                total: inStep.length,
              })
            : ''}
        </p>
      </header>
      <form class="step" onSubmit={(event) => event.preventDefault()}>
        {step ? (
          <>
            <h1 ref={heading}>{step.title}</h1>
            {current === 0 && draft.carriedFrom && (
              <p class="notice">
                {t('diag.carriedOver', {
                  date: formatDate(draft.carriedFrom),
                  respondent: questionnaire.respondent,
                })}
              </p>
            )}
            <p class="lead">{step.intro}</p>
            <p class="form-legend">
              {someOptional ? t('diag.legend.someOptional') : t('diag.legend.allRequired')}
            </p>
            {step.questions.map((question) => (
              <QuestionField
                key={question.id}
                question={question}
                value={answerTo(answers, question.id)}
                fallbackLocale={fallback}
                onAnswer={onAnswer}
                hidden={hidden.has(question.id)}
              />
            ))}
            {step.areaId && (
              <Preview questionnaire={questionnaire} answers={answers} areaId={step.areaId} />
            )}
          </>
        ) : (
          <Review
            headingRef={heading}
            credentials={credentials}
            saver={saver}
            draft={draft}
            answers={answers}
            steps={steps}
            hidden={hidden}
          />
        )}
      </form>
      <nav class="step-nav" aria-label={stepOf}>
        {current > 0 && (
          <button type="button" onClick={() => go(current - 1)}>
            {t('diag.previous')}
          </button>
        )}
        {current < reviewIndex && (
          <button type="button" class="primary" onClick={() => go(current + 1)}>
            {current === reviewIndex - 1 ? t('diag.review') : t('diag.next')}
          </button>
        )}
      </nav>
      {(current === 0 || current === reviewIndex) && <ResumeBox credentials={credentials} />}
    </div>
  );
}

/** The area's score so far, by the same scoring code as the server: submitting gives the same. */
function Preview(props: { questionnaire: Questionnaire; answers: Answers; areaId: string }) {
  const area = scoreResponse(props.questionnaire, props.answers).areas.find(
    (a) => a.id === props.areaId,
  );
  return (
    <p class="preview">
      {area?.score === null || area === undefined
        ? t('diag.preview.none')
        : t('diag.preview', { score: formatNumber(area.score) })}
    </p>
  );
}

function Review(props: {
  headingRef: preact.Ref<HTMLHeadingElement>;
  credentials: Credentials;
  saver: AnswerSaver;
  draft: Draft;
  answers: Answers;
  steps: Step[];
  hidden: ReadonlySet<string>;
}) {
  const { credentials, saver, steps } = props;
  const { questionnaire } = props.draft;
  const [submitting, setSubmitting] = useState(false);
  const [problem, setProblem] = useState<string>();
  const missing = unansweredRequired(questionnaire, props.answers);

  const submit = async () => {
    setSubmitting(true);
    try {
      await saver.flush();
      await api.submit(credentials);
      navigate(links.results(credentials.id));
    } catch (error) {
      setSubmitting(false);
      setProblem(
        problemMessage(error, {
          workshop_closed: 'save.workshopClosed',
          required_unanswered: (e) => t('review.refused', { count: e.errors.length }),
        }),
      );
    }
  };

  return (
    <>
      <h1 ref={props.headingRef}>{t('review.title')}</h1>
      {missing.length === 0 ? (
        <p class="ok">{t('review.complete')}</p>
      ) : (
        <p class="error">{t('review.missing', { count: missing.length })}</p>
      )}
      <p>{t('review.answers.intro')}</p>
      <ReviewAnswers
        questionnaire={questionnaire}
        steps={steps}
        answers={props.answers}
        hidden={props.hidden}
        missing={missing}
        stepLink={(index) => links.diagnosis(credentials.id, index)}
      />
      <AssociationNameField
        value={props.draft.associationName}
        respondent={props.draft.questionnaire.respondent}
        saver={saver}
      />
      <p>{t('review.final')}</p>
      <button type="button" class="primary" disabled={submitting} onClick={() => void submit()}>
        {submitting ? t('review.submitting') : t('review.submit')}
      </button>
      <div aria-live="polite">
        {problem && (
          <p class="error" role="alert">
            {problem}
          </p>
        )}
      </div>
      <AnswersFileButton credentials={credentials} before={() => saver.flush()} />
    </>
  );
}

/**
 * The association's name, optional, asked on the review step: it only serves the PDF report,
 * which comes right after sending, and the review is the last moment a draft can change. Asked
 * first, it would hold up a diagnosis that needs no name and suggest it is not anonymous.
 */
function AssociationNameField(props: {
  value: string;
  respondent: Questionnaire['respondent'];
  saver: AnswerSaver;
}) {
  const { value, saver } = props;
  return (
    <div class="field association-name">
      <label for="association-name">
        {t('review.name.label', { respondent: props.respondent })}
      </label>
      <p class="help" id="association-name-hint">
        {t('review.name.hint')}
      </p>
      <input
        type="text"
        id="association-name"
        name="association-name"
        defaultValue={value}
        maxLength={ASSOCIATION_NAME_MAX}
        autocomplete="organization"
        aria-describedby="association-name-hint"
        onInput={(event) => saver.changeAssociationName(event.currentTarget.value)}
      />
    </div>
  );
}
