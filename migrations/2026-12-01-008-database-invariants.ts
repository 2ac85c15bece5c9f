import { sql, type Kysely } from 'kysely';

// Frozen in time: imports nothing from src/. With several instances on one database, the rules
// that span rows are the database's to keep: at most one open draft per chain, one position per
// action of a plan, a proposal copied into a plan once. Rows that two instances may have written
// against these rules before this migration are first put right without losing anything: an
// extra draft becomes a chain of its own, positions are renumbered in their order, and a second
// copy of a proposal stays as the association's own action.

export async function up(db: Kysely<any>): Promise<void> {
  const drafts = await db
    .selectFrom('responses')
    .select(['id', 'chain_id'])
    .where('status', '=', 'draft')
    .orderBy('chain_id')
    .orderBy('updated_at', 'desc')
    .orderBy('id')
    .execute();
  const chainsWithDraft = new Set<string>();
  for (const draft of drafts) {
    if (!chainsWithDraft.has(draft.chain_id)) {
      chainsWithDraft.add(draft.chain_id);
      continue;
    }
    await db
      .updateTable('responses')
      .set({ chain_id: draft.id })
      .where('id', '=', draft.id)
      .execute();
  }
  await db.schema
    .createIndex('responses_one_draft_per_chain')
    .unique()
    .on('responses')
    .column('chain_id')
    .where(sql.ref('status'), '=', sql.lit('draft'))
    .execute();

  const actions = await db
    .selectFrom('plan_actions')
    .select(['id', 'response_id', 'position', 'recommendation_id'])
    .orderBy('response_id')
    .orderBy('position')
    .orderBy('id')
    .execute();
  const byResponse = new Map<string, typeof actions>();
  for (const action of actions) {
    const list = byResponse.get(action.response_id) ?? [];
    list.push(action);
    byResponse.set(action.response_id, list);
  }
  for (const list of byResponse.values()) {
    const positions = new Set(list.map((action) => action.position));
    const renumber = positions.size < list.length;
    const copied = new Set<string>();
    for (const [index, action] of list.entries()) {
      const duplicate =
        action.recommendation_id !== null && copied.has(action.recommendation_id as string);
      if (action.recommendation_id !== null) copied.add(action.recommendation_id as string);
      if (!renumber && !duplicate) continue;
      await db
        .updateTable('plan_actions')
        .set({
          ...(renumber ? { position: index } : {}),
          ...(duplicate ? { recommendation_id: null } : {}),
        })
        .where('id', '=', action.id)
        .execute();
    }
  }
  await db.schema.dropIndex('plan_actions_response_idx').execute();
  await db.schema
    .createIndex('plan_actions_position_key')
    .unique()
    .on('plan_actions')
    .columns(['response_id', 'position'])
    .execute();
  await db.schema
    .createIndex('plan_actions_proposal_key')
    .unique()
    .on('plan_actions')
    .columns(['response_id', 'recommendation_id'])
    .where(sql.ref('recommendation_id'), 'is not', null)
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex('plan_actions_proposal_key').execute();
  await db.schema.dropIndex('plan_actions_position_key').execute();
  await db.schema
    .createIndex('plan_actions_response_idx')
    .on('plan_actions')
    .columns(['response_id', 'position'])
    .execute();
  await db.schema.dropIndex('responses_one_draft_per_chain').execute();
}
