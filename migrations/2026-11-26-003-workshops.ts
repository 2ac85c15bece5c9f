import type { Kysely } from 'kysely';

// Frozen in time: imports nothing from src/. Portable between SQLite and PostgreSQL: text ids
// and ISO-8601 text timestamps, 0/1 integers for booleans.

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('facilitators')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('email', 'text', (c) => c.notNull().unique())
    .addColumn('password_hash', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('facilitator_sessions')
    // SHA-256 of the session secret that the cookie carries.
    .addColumn('id_hash', 'text', (c) => c.primaryKey())
    .addColumn('facilitator_id', 'text', (c) =>
      c.notNull().references('facilitators.id').onDelete('cascade'),
    )
    .addColumn('csrf_token', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('expires_at', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('workshops')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('facilitator_id', 'text', (c) =>
      c.notNull().references('facilitators.id').onDelete('cascade'),
    )
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('date', 'text', (c) => c.notNull())
    .addColumn('questionnaire_id', 'text', (c) => c.notNull())
    .addColumn('version', 'text', (c) => c.notNull())
    .addColumn('locale', 'text', (c) => c.notNull())
    .addColumn('join_code', 'text', (c) => c.notNull().unique())
    .addColumn('closes_at', 'text')
    .addColumn('closed_at', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addForeignKeyConstraint(
      'workshops_version_fk',
      ['questionnaire_id', 'version'],
      'questionnaire_versions',
      ['questionnaire_id', 'version'],
    )
    .execute();
  await db.schema
    .createIndex('workshops_facilitator_idx')
    .on('workshops')
    .columns(['facilitator_id', 'created_at'])
    .execute();

  await db.schema
    .alterTable('responses')
    .addColumn('workshop_id', 'text', (c) => c.references('workshops.id').onDelete('set null'))
    .execute();
  await db.schema
    .alterTable('responses')
    .addColumn('share_answers', 'integer', (c) => c.notNull().defaultTo(0))
    .execute();
  // The answer to the questionnaire's peer-group context question (the budget bracket), kept
  // apart so that peer averages are one indexed query.
  await db.schema.alterTable('responses').addColumn('peer_group', 'text').execute();
  await db.schema.createIndex('responses_workshop_idx').on('responses').column('workshop_id').execute();
  await db.schema
    .createIndex('responses_peer_group_idx')
    .on('responses')
    .columns(['questionnaire_id', 'peer_group', 'status'])
    .execute();

  // The recommendations of each submitted response's plan, for the workshop's shared priorities.
  await db.schema
    .createTable('response_recommendations')
    .addColumn('response_id', 'text', (c) =>
      c.notNull().references('responses.id').onDelete('cascade'),
    )
    .addColumn('recommendation_id', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('response_recommendations_pk', ['response_id', 'recommendation_id'])
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('response_recommendations').execute();
  await db.schema.dropIndex('responses_peer_group_idx').execute();
  await db.schema.dropIndex('responses_workshop_idx').execute();
  await db.schema.alterTable('responses').dropColumn('peer_group').execute();
  await db.schema.alterTable('responses').dropColumn('share_answers').execute();
  await db.schema.alterTable('responses').dropColumn('workshop_id').execute();
  await db.schema.dropTable('workshops').execute();
  await db.schema.dropTable('facilitator_sessions').execute();
  await db.schema.dropTable('facilitators').execute();
}
