import { z } from 'zod';

/**
 * The contracts that have a name of their own in the OpenAPI document (`#/components/schemas`):
 * a client generated from it gets a named type for each, rather than the same shape inlined
 * in every route. Private, not zod's global registry, so that nothing else can add to it.
 */
export const contractRegistry = z.registry<{ id: string }>();

/** Gives a contract its component name and returns it, so that it is named where it is declared. */
export function named<Schema extends z.ZodType>(id: string, schema: Schema): Schema {
  contractRegistry.add(schema, { id });
  return schema;
}
