import type { AnyOption, SpecialOption } from './question-schema.js';

/**
 * Whether an option is "not applicable" or "I don't know". Kept apart from the zod schemas so
 * that the browser bundle of the scoring code does not carry zod.
 *
 * @example isSpecialOption({ id: 'dk', label: { fr: 'Je ne sais pas' }, kind: 'dontKnow' }) // true
 */
export function isSpecialOption(option: AnyOption | { id: string }): option is SpecialOption {
  return 'kind' in option;
}
