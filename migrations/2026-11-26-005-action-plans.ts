import type { Kysely } from 'kysely';

// Frozen in time: imports nothing from src/. Portable between SQLite and PostgreSQL: text ids
// and ISO-8601 text timestamps, YYYY-MM-DD text days.

export async function up(db: Kysely<any>): Promise<void> {
  // The two or three areas an association chose to work on first, in its order.
  await db.schema
    .createTable('plan_priorities')
    .addColumn('response_id', 'text', (c) =>
      c.notNull().references('responses.id').onDelete('cascade'),
    )
    .addColumn('area_id', 'text', (c) => c.notNull())
    .addColumn('position', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('plan_priorities_pk', ['response_id', 'area_id'])
    .execute();

  // The association's own actions: copied from a proposal (recommendation_id) or written by it.
  await db.schema
    .createTable('plan_actions')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('response_id', 'text', (c) =>
      c.notNull().references('responses.id').onDelete('cascade'),
    )
    .addColumn('area_id', 'text')
    .addColumn('recommendation_id', 'text')
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('owner', 'text')
    .addColumn('due_date', 'text')
    // 'free' | 'paid'
    .addColumn('cost', 'text')
    // 'planned' | 'in_progress' | 'done'
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('done_at', 'text')
    .execute();
  await db.schema
    .createIndex('plan_actions_response_idx')
    .on('plan_actions')
    .columns(['response_id', 'position'])
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('plan_actions').execute();
  await db.schema.dropTable('plan_priorities').execute();
}
