import type { Kysely } from 'kysely';

// Frozen in time: imports nothing from src/. The association's name is optional: printed on
// its report and, in workshops, shown to the facilitator.

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('responses').addColumn('association_name', 'text').execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('responses').dropColumn('association_name').execute();
}
