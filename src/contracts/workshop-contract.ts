import { z } from 'zod';
import {
  AssociationName,
  CalendarDay,
  hasSensibleYear,
  Identifier,
  LocaleCode,
  Respondent,
  SemanticVersion,
  YEAR_RANGE_MESSAGE,
} from '../domain/index.js';
import { named } from './contract-registry.js';

export const WorkshopParams = z.object({ id: z.string().max(64) });
export const ParticipantParams = z.object({
  id: z.string().max(64),
  responseId: z.string().max(64),
});
export const JoinParams = z.object({ code: z.string().max(32) });

export const CreateWorkshopBody = z.strictObject({
  title: z.string().trim().min(1, 'a workshop needs a title').max(200),
  date: CalendarDay,
  questionnaireId: Identifier,
  version: SemanticVersion.optional().describe('The latest version when left out.'),
  locale: LocaleCode.optional().describe("The questionnaire's default locale when left out."),
  closesAt: z.iso
    .datetime({ offset: true, error: 'use a date and time such as 2026-11-26T18:00:00+01:00' })
    .refine(hasSensibleYear, YEAR_RANGE_MESSAGE)
    .transform((value) => new Date(value).toISOString())
    .nullable()
    .optional()
    .describe('After this time it takes no new participant and no new answer.'),
});

export const WorkshopContract = named(
  'Workshop',
  z.object({
    id: z.string(),
    title: z.string(),
    date: z.string(),
    questionnaireId: z.string(),
    version: z.string(),
    locale: z.string(),
    joinCode: z.string(),
    joinUrl: z.string(),
    closesAt: z.string().nullable(),
    closedAt: z.string().nullable(),
    open: z.boolean(),
    createdAt: z.string(),
  }),
);

export const WorkshopListContract = named(
  'WorkshopList',
  z.object({ workshops: z.array(WorkshopContract) }),
);

export const ParticipantContract = named(
  'Participant',
  z.object({
    responseId: z.string(),
    associationName: z.string().nullable(),
    status: z.enum(['draft', 'submitted']),
    overallScore: z.number().nullable(),
    overallLevel: z.string().nullable(),
    areaScores: z.record(z.string(), z.number().nullable()),
    shareAnswers: z.boolean(),
    updatedAt: z.string(),
    submittedAt: z.string().nullable(),
  }),
);

export const AgendaContract = named(
  'DiscussionAgenda',
  z
    .object({
      basis: z
        .number()
        .int()
        .describe(
          'How many submitted responses the agenda rests on: only those whose participants agreed, when joining, to share their answers.',
        ),
      minimum: z.number().int().describe('The fewest shared responses the agenda compares.'),
      enough: z
        .boolean()
        .describe('Whether `basis` reaches `minimum`; when not, `questions` is empty.'),
      latestOnly: z
        .boolean()
        .describe(
          'More responses were shared than the agenda reads: it rests on the `basis` most recent.',
        ),
      questions: z
        .array(
          z.object({
            questionId: z.string(),
            title: z.string().describe("In the reader's language."),
            areaId: z.string(),
            disagreement: z
              .number()
              .min(0)
              .max(1)
              .describe(
                "The mean absolute difference between two shared responses' scores on the question: 0 when all answered alike, 1 when two answered the best and the worst.",
              ),
            answered: z
              .number()
              .int()
              .describe(
                'How many shared responses answered it ("not applicable" and "I don\'t know" left out).',
              ),
            distinctAnswers: z.number().int(),
            distribution: z
              .array(
                z.object({
                  answer: z.string().describe("An option's id, or a scale's value."),
                  label: z.string().describe("In the reader's language."),
                  count: z.number().int(),
                }),
              )
              .describe(
                'How many shared responses chose each answer the question offers, in its order; each ticked box of a multiple choice counts.',
              ),
          }),
        )
        .describe('The questions the group disagrees on most, most first; never who said what.'),
    })
    .describe('What the room should discuss: the questions where the shared answers differ most.'),
);

export const DashboardContract = named(
  'Dashboard',
  z.object({
    workshop: WorkshopContract,
    counts: z.object({ joined: z.number(), inProgress: z.number(), submitted: z.number() }),
    levels: z.array(
      z.object({ id: z.string(), title: z.string(), min: z.number(), max: z.number() }),
    ),
    areas: z.array(
      z.object({
        id: z.string(),
        title: z.string(),
        mean: z.number().nullable(),
        min: z.number().nullable(),
        max: z.number().nullable(),
        stdDev: z.number().nullable(),
        count: z.number(),
        levels: z.array(z.object({ levelId: z.string(), count: z.number() })),
      }),
    ),
    overall: z.object({ mean: z.number().nullable(), count: z.number() }),
    priorities: z.array(
      z.object({
        id: z.string(),
        title: z.string(),
        areaId: z.string(),
        count: z.number(),
        share: z.number(),
      }),
    ),
    agenda: AgendaContract,
    participants: z.array(ParticipantContract),
  }),
);

export const JoinInfoContract = named(
  'JoinInfo',
  z.object({
    title: z.string(),
    date: z.string(),
    questionnaireId: z.string(),
    version: z.string(),
    locale: z.string(),
    respondent: Respondent.describe(
      'Who answers the questionnaire: the join page speaks to an association or to one person.',
    ),
    open: z.boolean(),
  }),
);

export const JoinBody = z.strictObject({
  associationName: AssociationName.optional(),
  shareAnswers: z
    .boolean()
    .default(false)
    .describe('Whether the facilitator may see the detailed answers (by default only the scores).'),
});
