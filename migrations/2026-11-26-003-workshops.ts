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
  // Covers the dashboard's counts and overall mean, and its list of the latest participants.
  await db.schema
    .createIndex('responses_workshop_idx')
    .on('responses')
    .columns(['workshop_id', 'status', 'overall_score'])
    .execute();
  await db.schema
    .createIndex('responses_workshop_recent_idx')
    .on('responses')
    .columns(['workshop_id', 'updated_at'])
    .execute();
  await db.schema
    .createIndex('responses_peer_group_idx')
    .on('responses')
    .columns(['questionnaire_id', 'peer_group', 'status'])
    .execute();

  // Running totals of each workshop's submitted responses, kept by each submission, so that a
  // dashboard reads a few rows whatever the workshop's size.
  await db.schema
    .createTable('workshop_area_stats')
    .addColumn('workshop_id', 'text', (c) =>
      c.notNull().references('workshops.id').onDelete('cascade'),
    )
    .addColumn('area_id', 'text', (c) => c.notNull())
    .addColumn('count', 'integer', (c) => c.notNull())
    .addColumn('sum', 'double precision', (c) => c.notNull())
    .addColumn('sum_squares', 'double precision', (c) => c.notNull())
    .addColumn('min', 'double precision', (c) => c.notNull())
    .addColumn('max', 'double precision', (c) => c.notNull())
    .addPrimaryKeyConstraint('workshop_area_stats_pk', ['workshop_id', 'area_id'])
    .execute();
  await db.schema
    .createTable('workshop_level_counts')
    .addColumn('workshop_id', 'text', (c) =>
      c.notNull().references('workshops.id').onDelete('cascade'),
    )
    .addColumn('area_id', 'text', (c) => c.notNull())
    .addColumn('level', 'text', (c) => c.notNull())
    .addColumn('count', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('workshop_level_counts_pk', ['workshop_id', 'area_id', 'level'])
    .execute();
  await db.schema
    .createTable('workshop_recommendation_counts')
    .addColumn('workshop_id', 'text', (c) =>
      c.notNull().references('workshops.id').onDelete('cascade'),
    )
    .addColumn('recommendation_id', 'text', (c) => c.notNull())
    .addColumn('count', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('workshop_recommendation_counts_pk', [
      'workshop_id',
      'recommendation_id',
    ])
    .execute();

  // Running totals of each peer group (a questionnaire and an answer to its peer-group context
  // question), kept by each submission: the peer comparison reads two small rows sets.
  await db.schema
    .createTable('peer_group_sizes')
    .addColumn('questionnaire_id', 'text', (c) => c.notNull())
    .addColumn('peer_group', 'text', (c) => c.notNull())
    .addColumn('count', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('peer_group_sizes_pk', ['questionnaire_id', 'peer_group'])
    .execute();
  await db.schema
    .createTable('peer_group_area_stats')
    .addColumn('questionnaire_id', 'text', (c) => c.notNull())
    .addColumn('peer_group', 'text', (c) => c.notNull())
    .addColumn('area_id', 'text', (c) => c.notNull())
    .addColumn('count', 'integer', (c) => c.notNull())
    .addColumn('sum', 'double precision', (c) => c.notNull())
    .addPrimaryKeyConstraint('peer_group_area_stats_pk', [
      'questionnaire_id',
      'peer_group',
      'area_id',
    ])
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
  await db.schema.dropTable('peer_group_area_stats').execute();
  await db.schema.dropTable('peer_group_sizes').execute();
  await db.schema.dropTable('workshop_recommendation_counts').execute();
  await db.schema.dropTable('workshop_level_counts').execute();
  await db.schema.dropTable('workshop_area_stats').execute();
  await db.schema.dropTable('response_recommendations').execute();
  await db.schema.dropIndex('responses_workshop_recent_idx').execute();
  await db.schema.dropIndex('responses_peer_group_idx').execute();
  await db.schema.dropIndex('responses_workshop_idx').execute();
  await db.schema.alterTable('responses').dropColumn('peer_group').execute();
  await db.schema.alterTable('responses').dropColumn('share_answers').execute();
  await db.schema.alterTable('responses').dropColumn('workshop_id').execute();
  await db.schema.dropTable('workshops').execute();
  await db.schema.dropTable('facilitator_sessions').execute();
  await db.schema.dropTable('facilitators').execute();
}
