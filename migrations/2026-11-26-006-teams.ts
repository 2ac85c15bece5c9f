import type { Kysely } from 'kysely';

// Frozen in time: imports nothing from src/. Portable between SQLite and PostgreSQL: text ids
// and ISO-8601 text timestamps, 0/1 integers for booleans.

export async function up(db: Kysely<any>): Promise<void> {
  // A team hangs on its owner's response: erasing that response dissolves the team.
  await db.schema
    .createTable('teams')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('owner_response_id', 'text', (c) =>
      c.notNull().unique().references('responses.id').onDelete('cascade'),
    )
    // SHA-256 of the invite code, like response tokens: the code itself is never stored.
    .addColumn('invite_token_hash', 'text', (c) => c.notNull().unique())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();

  // One row a member, the owner included; a response belongs to one team at most.
  await db.schema
    .createTable('team_members')
    .addColumn('response_id', 'text', (c) =>
      c.primaryKey().references('responses.id').onDelete('cascade'),
    )
    .addColumn('team_id', 'text', (c) => c.notNull().references('teams.id').onDelete('cascade'))
    .addColumn('display_name', 'text')
    .addColumn('share_answers', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('joined_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('team_members_team_idx')
    .on('team_members')
    .columns(['team_id', 'joined_at'])
    .execute();

  await db.schema
    .createTable('team_agreements')
    .addColumn('team_id', 'text', (c) => c.notNull().references('teams.id').onDelete('cascade'))
    .addColumn('area_id', 'text', (c) => c.notNull())
    .addColumn('level', 'text', (c) => c.notNull())
    .addColumn('note', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('team_agreements_pk', ['team_id', 'area_id'])
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('team_agreements').execute();
  await db.schema.dropIndex('team_members_team_idx').execute();
  await db.schema.dropTable('team_members').execute();
  await db.schema.dropTable('teams').execute();
}
