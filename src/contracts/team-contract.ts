import { z } from 'zod';
import { AGREEMENT_NOTE_MAX, Answers, DISPLAY_NAME_MAX, LocaleCode } from '../domain/index.js';

export const TeamInviteParams = z.object({ code: z.string().max(64) });
export const TeamAgreementParams = z.object({
  id: z.string().max(64),
  areaId: z.string().max(64),
});

const DisplayName = z
  .string()
  .trim()
  .max(DISPLAY_NAME_MAX, `at most ${DISPLAY_NAME_MAX} characters`)
  .transform((value) => (value === '' ? null : value));

export const TeamInviteContract = z.object({
  inviteCode: z
    .string()
    .describe('The invite secret: given once; asking again gives a new one and voids this one.'),
  inviteUrl: z.string().describe('The page a member opens to join (the code in its fragment).'),
});

export const TeamInviteInfoContract = z.object({
  associationName: z.string().nullable(),
  questionnaireId: z.string(),
  version: z.string(),
  questionnaireTitle: z.string(),
  locale: z.string().describe("The owner's language, where a member starts unless told."),
  locales: z.array(z.string()),
  memberCount: z.number().int(),
});

export const JoinTeamBody = z.strictObject({
  displayName: DisplayName.nullable()
    .optional()
    .describe('A first name the team sees; "Member 2"... without one.'),
  locale: LocaleCode.optional().describe("The owner's language when left out."),
});

export const UpdateTeamMemberBody = z.strictObject({
  displayName: DisplayName.nullable().optional().describe('Unchanged when left out; null clears.'),
  shareAnswers: z
    .boolean()
    .optional()
    .describe('Whether the other members may read my detailed answers (scores are always shown).'),
});

export const TeamMemberSettingsContract = z.object({
  displayName: z.string().nullable(),
  shareAnswers: z.boolean(),
});

export const TeamAgreementBody = z.strictObject({
  level: z.string().max(64).describe('A level id of the questionnaire.'),
  note: z
    .string()
    .trim()
    .max(AGREEMENT_NOTE_MAX, `at most ${AGREEMENT_NOTE_MAX} characters`)
    .default(''),
});

export const TeamAgreementContract = z.object({
  areaId: z.string(),
  level: z.string(),
  note: z.string(),
  updatedAt: z.string(),
});

const SpreadContract = {
  n: z.number().int(),
  mean: z.number().nullable(),
  min: z.number().nullable(),
  max: z.number().nullable(),
  stdDev: z.number().nullable().describe('Population standard deviation.'),
  level: z.string().nullable().describe("The level of the mean, per the questionnaire's levels."),
};

export const TeamMemberContract = z.object({
  number: z
    .number()
    .int()
    .describe('Its place in the team, in the order members joined (the owner is 1).'),
  displayName: z.string().nullable(),
  isOwner: z.boolean(),
  isYou: z.boolean(),
  status: z.enum(['draft', 'submitted']),
  shareAnswers: z.boolean(),
  overallScore: z
    .number()
    .nullable()
    .describe('Once submitted (a score is not a detailed answer); null before.'),
  overallLevel: z.string().nullable(),
  areaScores: z.record(z.string(), z.number().nullable()),
});

export const TeamViewContract = z.object({
  role: z.enum(['owner', 'member']),
  questionnaireId: z.string(),
  version: z.string(),
  associationName: z.string().nullable(),
  createdAt: z.string(),
  members: z.array(TeamMemberContract),
  combined: z.object({
    overall: z.object(SpreadContract),
    areas: z.array(z.object({ areaId: z.string(), ...SpreadContract })),
  }),
  topics: z.array(
    z.object({
      questionId: z.string(),
      areaId: z.string(),
      n: z.number().int(),
      divergence: z.number(),
      toDiscuss: z.boolean(),
      distribution: z.array(z.object({ answer: z.string(), count: z.number().int() })),
    }),
  ),
  discussionThreshold: z.number(),
  agreements: z.array(TeamAgreementContract),
  sharedAnswers: z.array(
    z.object({ number: z.number().int(), displayName: z.string().nullable(), answers: Answers }),
  ),
});
