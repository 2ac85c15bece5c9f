import { z } from 'zod';

/** What a respondent may call their association: printed on the report, so kept short. */
export const AssociationName = z
  .string()
  .trim()
  .max(200, 'an association name has at most 200 characters')
  // A blank name is no name: stored as null so the report shows none.
  .transform((name) => (name === '' ? null : name))
  .describe("The association's name, printed on its report (at most 200 characters).");
