import {
  buildActionPlan,
  scoreResponse,
  type ActionPlan,
  type Answers,
  type Profile,
  type Questionnaire,
} from '../../domain/index.js';

export interface ScoredAnswers {
  questionnaireId: string;
  version: string;
  profile: Profile;
  actionPlan: ActionPlan;
}

/** Scores answers that are not stored (an author's answers file): the profile and action plan. */
export function makeScoreAnswers() {
  return function scoreAnswers(input: {
    questionnaire: Questionnaire;
    answers: Answers;
    /** The plan's language; the questionnaire's default when left out. */
    locale?: string | undefined;
  }): ScoredAnswers {
    const { questionnaire, answers } = input;
    const profile = scoreResponse(questionnaire, answers);
    const locale = input.locale ?? questionnaire.defaultLocale;
    return {
      questionnaireId: questionnaire.id,
      version: questionnaire.version,
      profile,
      actionPlan: buildActionPlan(questionnaire, answers, profile, locale),
    };
  };
}
