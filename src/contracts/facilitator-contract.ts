import { z } from 'zod';
import { named } from './contract-registry.js';

export const SignInBody = z.strictObject({
  email: z.string().trim().max(254).describe("The facilitator's e-mail address."),
  password: z.string().max(1024),
});

export const FacilitatorSessionContract = named(
  'FacilitatorSession',
  z.object({
    email: z.string(),
    centreName: z
      .string()
      .nullable()
      .describe('The centre’s name as associations see it (facilitator add --name); null if none.'),
    csrfToken: z
      .string()
      .describe('Send it in the x-csrf-token header of every POST and DELETE while signed in.'),
  }),
);
