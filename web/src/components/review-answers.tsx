import type { Answers } from '../../../src/domain/answers/answer-schema.js';
import { answerTo } from '../../../src/domain/answers/answer-to.js';
import type { Questionnaire } from '../../../src/domain/questionnaire/questionnaire-schema.js';
import { requestQuestionFocus } from '../focus-question.js';
import { t } from '../i18n.js';
import { answerLabel, questionTitle } from './answer-label.js';
import type { AnyQuestion } from './question-field.js';

export interface ReviewStep {
  title: string;
  questions: AnyQuestion[];
}

export interface ReviewAnswersProps {
  questionnaire: Questionnaire;
  steps: ReviewStep[];
  answers: Answers;
  /** Questions hidden by their condition: not asked, so not listed. */
  hidden: ReadonlySet<string>;
  /** Required questions still without an answer: they stand out. */
  missing: readonly string[];
  /** The address of a step of this diagnosis. */
  stepLink: (step: number) => string;
}

/**
 * Every answer, step by step, as the volunteer gave it (question and answer in words), each with
 * a "Modifier" link that opens its step focused on it. Unanswered questions say so; the required
 * ones among them are marked, since sending waits for them.
 */
export function ReviewAnswers(props: ReviewAnswersProps) {
  const { questionnaire, answers } = props;
  return (
    <div class="review-answers">
      {props.steps.map((step, index) => {
        const asked = step.questions.filter((q) => !props.hidden.has(q.id));
        if (asked.length === 0) return null;
        const titleId = `review-step-${index}`;
        return (
          <section key={titleId} aria-labelledby={titleId}>
            <h2 id={titleId}>{step.title}</h2>
            <dl>
              {asked.map((question) => {
                const value = answerTo(answers, question.id);
                const missing = props.missing.includes(question.id);
                const title = questionTitle(questionnaire, question.id);
                return (
                  <div
                    key={question.id}
                    class={value === undefined ? 'review-item unanswered' : 'review-item'}
                    data-question={question.id}
                  >
                    <dt>{title}</dt>
                    <dd>
                      {value === undefined ? (
                        <strong>
                          {missing ? t('review.answer.missingRequired') : t('review.answer.none')}
                        </strong>
                      ) : (
                        answerLabel(questionnaire, question.id, value)
                      )}{' '}
                      {/* Named with its question (its visible word first): a screen reader's list
                          of links tells the "Modifier"s apart. */}
                      <a
                        href={props.stepLink(index)}
                        aria-label={t('review.edit.label', { question: title })}
                        onClick={() => requestQuestionFocus(question.id)}
                      >
                        {t('review.edit')}
                      </a>
                    </dd>
                  </div>
                );
              })}
            </dl>
          </section>
        );
      })}
    </div>
  );
}
