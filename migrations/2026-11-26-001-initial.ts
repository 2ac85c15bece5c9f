import { sql, type Kysely } from 'kysely';

// Frozen in time: imports nothing from src/. Portable between SQLite and PostgreSQL: ISO-8601
// text timestamps, JSON as text, "double precision" for scores.

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('questionnaire_versions')
    .addColumn('questionnaire_id', 'text', (c) => c.notNull())
    .addColumn('version', 'text', (c) => c.notNull())
    .addColumn('content_hash', 'text', (c) => c.notNull())
    .addColumn('first_used_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('questionnaire_versions_pk', ['questionnaire_id', 'version'])
    .execute();

  await db.schema
    .createTable('responses')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('questionnaire_id', 'text', (c) => c.notNull())
    .addColumn('version', 'text', (c) => c.notNull())
    .addColumn('locale', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull().check(sql`status in ('draft', 'submitted')`))
    .addColumn('token_hash', 'text', (c) => c.notNull())
    .addColumn('answers', 'text', (c) => c.notNull())
    .addColumn('profile', 'text')
    .addColumn('overall_score', 'double precision')
    .addColumn('overall_level', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('submitted_at', 'text')
    .addForeignKeyConstraint(
      'responses_version_fk',
      ['questionnaire_id', 'version'],
      'questionnaire_versions',
      ['questionnaire_id', 'version'],
    )
    .execute();
  await db.schema
    .createIndex('responses_questionnaire_status_idx')
    .on('responses')
    .columns(['questionnaire_id', 'version', 'status'])
    .execute();
  await db.schema
    .createTable('response_area_scores')
    .addColumn('response_id', 'text', (c) =>
      c.notNull().references('responses.id').onDelete('cascade'),
    )
    .addColumn('area_id', 'text', (c) => c.notNull())
    .addColumn('score', 'double precision')
    .addColumn('level', 'text')
    .addColumn('coverage', 'double precision', (c) => c.notNull())
    .addPrimaryKeyConstraint('response_area_scores_pk', ['response_id', 'area_id'])
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('response_area_scores').execute();
  await db.schema.dropTable('responses').execute();
  await db.schema.dropTable('questionnaire_versions').execute();
}
