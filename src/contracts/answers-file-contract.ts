import { z } from 'zod';
import { AnswersFile } from '../domain/index.js';
import { StartedResponseContract } from './response-contract.js';

export const AnswersFileContract = AnswersFile.describe(
  'A respondent\'s answers as a file: format "assoradar-answers", formatVersion 1.',
);

export const ImportedAnswersContract = StartedResponseContract.extend({
  requestedVersion: z
    .string()
    .nullable()
    .describe('The version the file named when this server lacks it: the draft is on the latest.'),
  dropped: z
    .array(z.string())
    .describe('Question ids of answers in the file left behind by the carry-over.'),
});
