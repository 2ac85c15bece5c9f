import { z } from 'zod';

export const SignInBody = z.strictObject({
  email: z.string().trim().max(254).describe("The facilitator's e-mail address."),
  password: z.string().max(1024),
});

export const FacilitatorSessionContract = z.object({
  email: z.string(),
  csrfToken: z
    .string()
    .describe('Send it in the x-csrf-token header of every POST and DELETE while signed in.'),
});
