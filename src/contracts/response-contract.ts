import { z } from 'zod';
import {
  ActionPlan,
  Answers,
  AnswersPatch,
  Identifier,
  LocaleCode,
  AreaProfile,
  AssociationName,
  AreaGuidance,
  FirstAction,
  Profile,
  Respondent,
  ResultsGuidance,
  SemanticVersion,
} from '../domain/index.js';
import { named } from './contract-registry.js';

export const ProfileSummaryContract = named(
  'ProfileSummary',
  Profile.extend({
    areas: z.array(AreaProfile.omit({ explanation: true })),
  }),
);

export const StartResponseBody = z.strictObject({
  questionnaireId: Identifier,
  version: SemanticVersion.optional().describe('The latest version when left out.'),
  locale: LocaleCode.optional().describe("The questionnaire's default locale when left out."),
  associationName: AssociationName.optional(),
});

export const StartedResponseContract = named(
  'StartedResponse',
  z.object({
    id: z.string(),
    token: z
      .string()
      .describe('The only key to this response: send it as "Authorization: Bearer <token>".'),
    questionnaireId: z.string(),
    version: z.string(),
    locale: z.string(),
  }),
);

export const ResponseParams = z.object({ id: z.string().max(64) });

export const ResponseStatusContract = z.enum(['draft', 'submitted']);

export const ChainEntryContract = named(
  'ChainEntry',
  z.object({
    id: z.string(),
    version: z.string(),
    status: ResponseStatusContract,
    createdAt: z.string(),
    submittedAt: z.string().nullable(),
    overallScore: z.number().nullable(),
    overallLevel: z.string().nullable(),
  }),
);

const ScoreChangeFields = {
  before: z.number().nullable(),
  after: z.number().nullable(),
  points: z.number().nullable().describe('after - before, one decimal.'),
  levelBefore: z.string().nullable(),
  levelAfter: z.string().nullable(),
  levelSteps: z.number().int().nullable().describe('Levels climbed; negative when lost.'),
};

export const ProgressContract = named(
  'Progress',
  z.object({
    previous: z.object({
      id: z.string(),
      version: z.string(),
      submittedAt: z.string(),
      scores: z.record(z.string(), z.number().nullable()),
    }),
    changes: z.object({
      overall: z.object(ScoreChangeFields),
      areas: z.array(z.object({ areaId: z.string(), ...ScoreChangeFields })),
      removedAreaIds: z.array(z.string()),
    }),
    actionsDone: z
      .array(z.object({ title: z.string(), areaId: z.string().nullable(), doneAt: z.string() }))
      .describe("The previous diagnosis's own plan: its actions marked done, in the order done."),
  }),
);

export const TakenAgainContract = named(
  'TakenAgain',
  z.object({
    id: z.string(),
    questionnaireId: z.string(),
    version: z.string().describe('The latest version of the questionnaire.'),
    locale: z.string(),
    previousResponseId: z.string(),
    carriedOver: z
      .number()
      .int()
      .describe('How many earlier answers the new diagnosis starts from.'),
    dropped: z
      .array(z.string())
      .describe('Question ids of earlier answers left behind: the question is gone or changed.'),
  }),
);

export const PeerComparisonContract = named(
  'PeerComparison',
  z.object({
    groupSize: z.number().int().describe('Submitted responses in the group, this one included.'),
    scores: z
      .record(z.string(), z.number().nullable())
      .describe('Mean score per area id; null where none of the group has a score.'),
  }),
);

export const AreaGuidanceContract = named('AreaGuidance', AreaGuidance);
export const FirstActionContract = named('FirstAction', FirstAction);

export const ResultsGuidanceContract = named(
  'ResultsGuidance',
  ResultsGuidance.extend({
    areas: z.array(AreaGuidanceContract),
    firstActions: z
      .array(FirstActionContract)
      .max(3)
      .describe('"Par où commencer": at most three.'),
  }),
);

export const ResponseContract = named(
  'Response',
  z.object({
    id: z.string(),
    questionnaireId: z.string(),
    version: z.string(),
    locale: z.string(),
    status: ResponseStatusContract,
    associationName: z.string().nullable(),
    answers: Answers,
    profile: Profile.describe('Provisional for a draft, final once submitted.'),
    actionPlan: ActionPlan.nullable().describe('Only once submitted.'),
    respondent: Respondent.describe('Who answers the questionnaire: an association or one person.'),
    guidance: ResultsGuidanceContract.nullable().describe(
      'What to do next (README, "How the results choose what to do first"): only once submitted, and only to whoever may read the answers, since the reasons quote them.',
    ),
    peerComparison: PeerComparisonContract.nullable().describe(
      'The mean of the submitted responses of the same budget bracket, when at least PEER_GROUP_MINIMUM form it.',
    ),
    chain: z
      .array(ChainEntryContract)
      .describe('Every diagnosis the same key opens (taken again over the years), oldest first.'),
    progress: ProgressContract.nullable().describe(
      'The change since the diagnosis this one was taken again from, when that one was submitted.',
    ),
    createdAt: z.string(),
    updatedAt: z.string(),
    submittedAt: z.string().nullable(),
  }),
);

export const SaveAnswersBody = z.strictObject({
  answers: AnswersPatch.describe(
    'An option id (single choice), option ids (multiple choice), a number (scale); null clears.',
  ),
  associationName: AssociationName.nullable()
    .optional()
    .describe('Unchanged when left out; null or blank clears it.'),
});

export const SavedAnswersContract = named(
  'SavedAnswers',
  z.object({
    id: z.string(),
    status: z.literal('draft'),
    profile: ProfileSummaryContract.describe(
      'The provisional scores, levels and coverage; GET adds the per-question explanation.',
    ),
    updatedAt: z.string(),
  }),
);

export const SubmittedResponseContract = named(
  'SubmittedResponse',
  z.object({
    id: z.string(),
    status: z.literal('submitted'),
    profile: Profile,
    actionPlan: ActionPlan,
    submittedAt: z.string(),
  }),
);
