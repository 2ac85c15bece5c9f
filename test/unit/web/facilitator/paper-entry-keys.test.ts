import { beforeAll, describe, expect, test } from 'vitest';
import { readQuestionnaireFile } from '../../../../src/catalog/read-questionnaire-file.js';
import type { Questionnaire } from '../../../../src/domain/questionnaire/questionnaire-schema.js';
import {
  choiceOfDigit,
  entryKeyAction,
  shownQuestions,
  withoutHidden,
} from '../../../../web/src/pages/facilitator/paper-entry-keys.js';

const key = (name: string, more: Partial<Record<'ctrlKey' | 'metaKey' | 'altKey', boolean>> = {}) =>
  entryKeyAction({ key: name, ctrlKey: false, metaKey: false, altKey: false, ...more });

let mini: Questionnaire;

describe("the paper entry's keys", () => {
  beforeAll(async () => {
    const read = await readQuestionnaireFile(
      new URL('../../../fixtures/questionnaires/mini/1.0.0.json', import.meta.url).pathname,
    );
    if (!read.ok) throw new Error('the mini questionnaire is not sound');
    mini = read.questionnaire;
  });

  test('when a digit is pressed, then it names a choice: 1 the first, 9 the ninth, 0 the tenth', () => {
    expect(['1', '2', '9', '0'].map(choiceOfDigit)).toEqual([0, 1, 8, 9]);
    expect(key('3')).toEqual({ kind: 'choice', index: 2 });
    expect(choiceOfDigit('a')).toBeUndefined();
  });

  test('when Enter or Backspace is pressed, then the entry moves on or back; other keys are the browser’s', () => {
    expect(key('Enter')).toEqual({ kind: 'next' });
    expect(key('Backspace')).toEqual({ kind: 'previous' });
    expect(key(' ')).toBeUndefined();
    expect(key('Tab')).toBeUndefined();
    // A shortcut (Ctrl+1 switches tabs) is never taken for a choice.
    expect(key('1', { ctrlKey: true })).toBeUndefined();
    expect(key('Enter', { altKey: true })).toBeUndefined();
  });

  test('when the answers hide a question, then the entry skips it and its answer is not sent', () => {
    const ids = (answers: Record<string, unknown>) =>
      shownQuestions(mini, answers as never).map((q) => q.id);
    expect(ids({ employees: 'none', site: 'no' })).toEqual([
      'employees',
      'site',
      'channels',
      'gdpr',
    ]);
    expect(ids({ employees: 'some', site: 'yes' })).toEqual([
      'employees',
      'site',
      'site-updates',
      'channels',
      'gdpr',
      'payroll',
    ]);
    // Typed first, then hidden by a later correction: dropped from what is sent.
    expect(
      withoutHidden(mini, { employees: 'none', site: 'no', 'site-updates': 'often' } as never),
    ).toEqual({ employees: 'none', site: 'no' });
  });
});
