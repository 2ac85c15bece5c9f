import { sql, type Kysely } from 'kysely';

// Frozen in time: imports nothing from src/. "Taking it again" links a new diagnosis to the one
// it follows; every diagnosis of a chain carries the id of the first, so that a chain (one
// association's diagnoses over the years) is one indexed lookup.

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('responses').addColumn('chain_id', 'text').execute();
  await db.schema
    .alterTable('responses')
    .addColumn('previous_response_id', 'text', (c) =>
      c.references('responses.id').onDelete('set null'),
    )
    .execute();
  // Every existing response starts its own chain.
  await sql`update responses set chain_id = id`.execute(db);
  await db.schema
    .createIndex('responses_chain_idx')
    .on('responses')
    .columns(['chain_id', 'created_at'])
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex('responses_chain_idx').execute();
  await db.schema.alterTable('responses').dropColumn('previous_response_id').execute();
  await db.schema.alterTable('responses').dropColumn('chain_id').execute();
}
