import { describe, expect, it } from 'vitest';
import { parseQuestionnaire } from '../../../src/domain/index.js';
import {
  area,
  buildQuestionnaireInput,
  singleQuestion,
} from '../../support/build-questionnaire.js';

/** A document as it comes from JSON: anything may be in it. */
function documentWith(overrides: Record<string, unknown>): unknown {
  return { ...buildQuestionnaireInput(), ...overrides };
}

describe('parseQuestionnaire', () => {
  it('when the document is sound, then it is ok and defaults are applied', () => {
    const parsed = parseQuestionnaire(buildQuestionnaireInput());
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    const { questionnaire } = parsed;
    expect(questionnaire.scoring).toEqual({ coverageThreshold: 0.5, dontKnow: 'lowest' });
    expect(questionnaire.areas[0]?.weight).toBe(1);
    expect(questionnaire.questions[0]).toMatchObject({ weight: 1, required: true });
    expect(questionnaire.contextQuestions).toEqual([]);
    expect(questionnaire.recommendations).toEqual([]);
  });

  it('when an object holds an unknown key, then the issue points at that object and names the key', () => {
    const parsed = parseQuestionnaire(
      documentWith({ areas: [{ ...area('comms'), colour: 'red' }] }),
    );
    expect(parsed).toMatchObject({
      ok: false,
      issues: [{ pointer: '/areas/0', message: expect.stringContaining('colour') }],
    });
  });

  it('when a value has the wrong type, then the issue points at that value', () => {
    const parsed = parseQuestionnaire(
      documentWith({ areas: [{ ...area('comms'), weight: 'heavy' }] }),
    );
    expect(parsed).toMatchObject({
      ok: false,
      issues: [{ pointer: '/areas/0/weight', message: expect.any(String) }],
    });
  });

  it('when a question has an unknown type, then the issue points at its type', () => {
    const parsed = parseQuestionnaire(
      documentWith({ questions: [{ ...singleQuestion('site'), type: 'ranking' }] }),
    );
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.issues.map((i) => i.pointer)).toEqual(['/questions/0/type']);
  });

  it('when an id breaks the identifier rule, then the issue points at it', () => {
    const parsed = parseQuestionnaire(documentWith({ questions: [singleQuestion('Site Web')] }));
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.issues.map((i) => i.pointer)).toEqual(['/questions/0/id']);
  });

  it('when a text is empty, then the issue points at its locale', () => {
    const parsed = parseQuestionnaire(documentWith({ title: { fr: '  ', en: 'Radar' } }));
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.issues.map((i) => i.pointer)).toEqual(['/title/fr']);
  });

  it('when several values are wrong, then each is reported with its pointer', () => {
    const parsed = parseQuestionnaire(documentWith({ version: '1.0', levels: [] }));
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.issues.map((i) => i.pointer).sort()).toEqual(['/levels', '/version']);
  });

  it('when the document is not an object, then the issue points at the whole document', () => {
    expect(parseQuestionnaire(null)).toEqual({
      ok: false,
      issues: [{ pointer: '', message: 'expected an object { … }, found null' }],
      warnings: [],
      identity: {},
    });
  });

  it("when the schema holds but a whole-document rule fails, then that rule's issue comes back", () => {
    const parsed = parseQuestionnaire(documentWith({ areas: [area('comms'), area('data')] }));
    expect(parsed).toMatchObject({
      ok: false,
      issues: [{ pointer: '/areas/1', message: expect.any(String) }],
    });
  });
});
