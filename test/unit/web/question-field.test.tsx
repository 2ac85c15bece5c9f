// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import type { AnswerValue } from '../../../src/domain/answers/answer-schema.js';
import { QuestionField } from '../../../web/src/components/question-field.js';
import { setLocale } from '../../../web/src/i18n.js';
import {
  buildQuestionnaire,
  dontKnow,
  exclusiveOption,
  multipleQuestion,
  option,
  scaleQuestion,
  singleQuestion,
} from '../../support/build-questionnaire.js';

const questionnaire = buildQuestionnaire({
  questions: [
    singleQuestion('site', { help: { fr: 'Un site à vous', en: 'Your own site' } }),
    multipleQuestion('tools', {
      options: [option('mail', 1), option('chat', 1), exclusiveOption('none'), dontKnow()],
    }),
    scaleQuestion('ease', { min: 1, max: 3, step: 1 }),
  ],
});
const question = (id: string) => questionnaire.questions.find((q) => q.id === id)!;

function field(id: string, value?: AnswerValue) {
  const answers: Array<AnswerValue | null> = [];
  render(
    <QuestionField
      question={question(id)}
      value={value}
      fallbackLocale="fr"
      onAnswer={(questionId, answer) => {
        expect(questionId).toBe(id);
        answers.push(answer);
      }}
    />,
  );
  return answers;
}

const box = (name: string) => screen.getByRole('checkbox', { name }) as HTMLInputElement;

describe('QuestionField', () => {
  beforeEach(async () => {
    await setLocale('en');
  });
  afterEach(() => {
    cleanup();
    vi.restoreAllMocks();
  });

  test('when a single-choice question is drawn, then it is a group named by its title, described by its help, with its answer ticked', () => {
    field('site', 'partly');

    const group = screen.getByRole('group', { name: 'Question site' });
    expect(group.getAttribute('aria-describedby')).toBe('help-site');
    expect(screen.getByText('Your own site').id).toBe('help-site');
    expect((screen.getByRole('radio', { name: 'partly' }) as HTMLInputElement).checked).toBe(true);
  });

  test('when a radio is chosen, then the answer is its option', () => {
    const answers = field('site');

    fireEvent.click(screen.getByRole('radio', { name: 'no' }));

    expect(answers).toEqual(['no']);
  });

  test('when boxes are ticked, then the answer lists them in the order of the question', () => {
    const answers = field('tools');

    fireEvent.click(box('chat'));
    fireEvent.click(box('mail'));

    expect(answers).toEqual([['chat'], ['mail', 'chat']]);
  });

  test('when "none of these" is ticked, then the other boxes are unticked; ticking another unticks it', () => {
    const answers = field('tools', ['mail', 'chat']);

    fireEvent.click(box('none'));
    expect(answers.at(-1)).toEqual(['none']);
    expect([box('mail').checked, box('chat').checked, box('none').checked]).toEqual([
      false,
      false,
      true,
    ]);

    fireEvent.click(box('mail'));
    expect(answers.at(-1)).toEqual(['mail']);
    expect(box('none').checked).toBe(false);
  });

  test('when "I don\'t know" is ticked, then it stands alone too; unticking the last box leaves no answer', () => {
    const answers = field('tools', ['mail']);

    fireEvent.click(box("I don't know"));
    fireEvent.click(box("I don't know"));

    expect(answers).toEqual([['dk'], null]);
  });

  test('when a scale is drawn, then its steps are numbers and the answer a number', () => {
    const answers = field('ease');

    expect(screen.getAllByRole('radio').map((radio) => radio.getAttribute('value'))).toEqual([
      '1',
      '2',
      '3',
    ]);
    fireEvent.click(screen.getByRole('radio', { name: '3' }));

    expect(answers).toEqual([3]);
  });

  test('when the answer is cleared, then nothing is ticked and the answer is null', () => {
    const answers = field('site', 'yes');

    fireEvent.click(screen.getByRole('button', { name: 'Clear my answer' }));

    expect(answers).toEqual([null]);
    expect(screen.getAllByRole('radio').some((radio) => (radio as HTMLInputElement).checked)).toBe(
      false,
    );
  });

  test('when the page is in French, then the texts are French', async () => {
    await setLocale('fr');
    field('site');

    expect(screen.getByRole('group', { name: 'fr: Question site' })).toBeTruthy();
  });
});
