import { z } from 'zod';
import { CentreName, PlanAction } from '../domain/index.js';
import { ResponseContract } from './response-contract.js';

export const ShareCodeParams = z.object({ code: z.string().max(32) });
export const ShareParams = z.object({
  id: z.string().max(64),
  facilitatorId: z.string().max(64),
});
export const ChainParams = z.object({ chainId: z.string().max(64) });

export const ShareBody = z.strictObject({
  shareCode: z
    .string()
    .trim()
    .min(1, 'type the code the centre gave you')
    .max(32)
    .describe("The centre's share code (spaces, dashes and case do not matter)."),
  consent: z
    .literal(true, { error: 'the association must consent explicitly (consent: true)' })
    .describe(
      'The association consents that the centre sees the results of its submitted diagnoses (not its answers) until it withdraws.',
    ),
});

export const CentreShareContract = z.object({
  facilitatorId: z.string().describe('Withdraw with DELETE …/shares/<facilitatorId>.'),
  centreName: z.string().nullable().describe('Null when the centre has no name.'),
  consentedAt: z.string(),
});
export const CentreShareListContract = z.object({ shares: z.array(CentreShareContract) });

export const ShareCodeInfoContract = z.object({
  centreName: z
    .string()
    .nullable()
    .describe(
      "The centre's name; null when it has none (shown as a neutral label, never the facilitator's address).",
    ),
});
export const ShareCodeContract = ShareCodeInfoContract.extend({
  shareCode: z.string().describe('Associations type it to share their diagnoses with the centre.'),
});

export const FacilitatorProfileContract = z.object({
  email: z.string(),
  displayName: z.string().nullable(),
});
export const FacilitatorProfileBody = z.strictObject({
  displayName: CentreName.nullable().describe(
    'The centre’s name as associations see it before they share; null or blank clears it.',
  ),
});

export const PortfolioScoreContract = z.object({
  score: z.number().nullable(),
  level: z.string().nullable(),
  levelTitle: z.string().nullable(),
});
export const PortfolioChangeContract = z.object({
  points: z.number().nullable().describe('Points gained since the previous diagnosis.'),
  levelSteps: z.number().int().nullable().describe('Levels climbed (negative: lost).'),
});

export const PortfolioEntryContract = z.object({
  chainId: z.string(),
  associationName: z.string().nullable(),
  questionnaire: z.object({ id: z.string(), version: z.string(), title: z.string() }),
  sharedSince: z.string(),
  latest: z.object({
    responseId: z.string(),
    submittedAt: z.string(),
    overall: PortfolioScoreContract,
    areas: z.array(PortfolioScoreContract.extend({ id: z.string(), title: z.string() })),
  }),
  progress: z
    .object({
      previousSubmittedAt: z.string(),
      overall: PortfolioChangeContract,
      areas: z.array(PortfolioChangeContract.extend({ areaId: z.string() })),
    })
    .nullable()
    .describe('Since the submitted diagnosis before the latest; null when there is none.'),
  plan: z
    .object({
      planned: z.number().int(),
      inProgress: z.number().int(),
      done: z.number().int(),
      total: z.number().int(),
    })
    .nullable()
    .describe("The latest diagnosis's own actions by status; null when it has none."),
});
export const PortfolioContract = z.object({ entries: z.array(PortfolioEntryContract) });
export const PortfolioEntryViewContract = z.object({
  entry: PortfolioEntryContract,
  results: ResponseContract.describe(
    'The latest diagnosis: profile, levels and action plan; its answers stay private (empty).',
  ),
  ownedPlan: z
    .object({ priorities: z.array(z.string()), actions: z.array(PlanAction) })
    .describe('The plan the association owns: its priority area ids and its actions.'),
});
