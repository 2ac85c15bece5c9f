import { z } from 'zod';

/** RFC 9457 problem details, with our `code` and, for bad input, the faulty fields. */
export const ProblemDetails = z.object({
  type: z.string(),
  title: z.string(),
  status: z.number().int(),
  detail: z.string().optional(),
  code: z.string(),
  errors: z
    .array(z.object({ pointer: z.string(), detail: z.string() }))
    .optional()
    .describe('Each faulty field, as a JSON pointer into the request body.'),
});

export type ProblemDetails = z.infer<typeof ProblemDetails>;
