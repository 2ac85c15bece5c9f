import { z } from 'zod';

/**
 * An association's consent that a support centre (one facilitator's account) sees its chain of
 * diagnoses: the submitted ones, including those taken again later, until it is withdrawn.
 */
export interface ResponseShare {
  chainId: string;
  facilitatorId: string;
  /** ISO-8601: when the association consented. */
  consentedAt: string;
}

/** The name a centre shows associations before they share with it. */
export const CentreName = z
  .string()
  .trim()
  .max(120, 'a centre name has at most 120 characters')
  // A blank name is no name: associations then see a neutral label instead.
  .transform((name) => (name === '' ? null : name))
  .describe('The centre’s name as associations see it before they share (at most 120 characters).');

/**
 * What an association sees of a centre: its name, or null when none was set, and then the front
 * end shows a neutral label ("un centre d'accompagnement"). Never the facilitator's address:
 * anyone holding a share code, or guessing one, would read it.
 *
 * @example centreName({ displayName: null, email: 'anne@crib.fr' }) // null
 */
export function centreName(facilitator: { displayName: string | null }): string | null {
  return facilitator.displayName;
}
