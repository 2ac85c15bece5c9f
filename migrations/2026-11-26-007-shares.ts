import type { Kysely } from 'kysely';

// Frozen in time: imports nothing from src/. An association hands its diagnoses to a support
// centre by the centre's share code, with its consent, for the whole chain (the diagnoses it
// takes again later included) until it withdraws it: withdrawing deletes the row.

export async function up(db: Kysely<any>): Promise<void> {
  // The centre's name as associations see it before they consent ("CRIB de la Gironde").
  await db.schema.alterTable('facilitators').addColumn('display_name', 'text').execute();
  // Null until the facilitator first asks for it. SQLite cannot add a UNIQUE column: the
  // uniqueness is a separate index (several nulls are allowed by both dialects).
  await db.schema.alterTable('facilitators').addColumn('share_code', 'text').execute();
  await db.schema
    .createIndex('facilitators_share_code_idx')
    .unique()
    .on('facilitators')
    .column('share_code')
    .execute();

  await db.schema
    .createTable('response_shares')
    // A chain's id (its first response's id); no foreign key: the first response may be erased
    // while later ones of the chain remain.
    .addColumn('chain_id', 'text', (c) => c.notNull())
    .addColumn('facilitator_id', 'text', (c) =>
      c.notNull().references('facilitators.id').onDelete('cascade'),
    )
    .addColumn('consented_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('response_shares_pk', ['chain_id', 'facilitator_id'])
    .execute();
  // The portfolio reads a facilitator's shares.
  await db.schema
    .createIndex('response_shares_facilitator_idx')
    .on('response_shares')
    .columns(['facilitator_id', 'chain_id'])
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('response_shares').execute();
  await db.schema.dropIndex('facilitators_share_code_idx').execute();
  await db.schema.alterTable('facilitators').dropColumn('share_code').execute();
  await db.schema.alterTable('facilitators').dropColumn('display_name').execute();
}
