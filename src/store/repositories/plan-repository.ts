import { sql, type Kysely, type Selectable } from 'kysely';
import type { PlanAction, PlanActionCost, PlanActionStatus } from '../../domain/index.js';
import type { PlanRepository } from '../../usecases/ports.js';
import type { DatabaseSchema } from '../database-schema.js';
import type { PlanActionsTable } from '../tables/plan-tables.js';

/** Priorities and actions of the plans associations own (migration 005). */
export function planRepository(db: Kysely<DatabaseSchema>): PlanRepository {
  return {
    async priorities(responseId) {
      const rows = await db
        .selectFrom('plan_priorities')
        .select('area_id')
        .where('response_id', '=', responseId)
        .orderBy('position')
        .execute();
      return rows.map((row) => row.area_id);
    },
    async setPriorities(responseId, areaIds) {
      await db.deleteFrom('plan_priorities').where('response_id', '=', responseId).execute();
      if (areaIds.length === 0) return;
      await db
        .insertInto('plan_priorities')
        .values(
          areaIds.map((areaId, position) => ({
            response_id: responseId,
            area_id: areaId,
            position,
          })),
        )
        .execute();
    },
    async listActions(responseId) {
      const rows = await db
        .selectFrom('plan_actions')
        .selectAll()
        .where('response_id', '=', responseId)
        .orderBy('position')
        .orderBy('id')
        .execute();
      return rows.map(toPlanAction);
    },
    async findAction(responseId, actionId) {
      const row = await db
        .selectFrom('plan_actions')
        .selectAll()
        .where('response_id', '=', responseId)
        .where('id', '=', actionId)
        .executeTakeFirst();
      return row && toPlanAction(row);
    },
    async insertAction(responseId, action) {
      await db
        .insertInto('plan_actions')
        .values({ id: action.id, response_id: responseId, ...columnsOf(action) })
        .execute();
    },
    async updateAction(responseId, action) {
      await db
        .updateTable('plan_actions')
        .set(columnsOf(action))
        .where('response_id', '=', responseId)
        .where('id', '=', action.id)
        .execute();
    },
    async deleteAction(responseId, actionId) {
      const result = await db
        .deleteFrom('plan_actions')
        .where('response_id', '=', responseId)
        .where('id', '=', actionId)
        .executeTakeFirst();
      return Number(result.numDeletedRows) > 0;
    },
    async statusCounts(responseIds) {
      const counts = new Map<
        string,
        { planned: number; inProgress: number; done: number; total: number }
      >();
      if (responseIds.length === 0) return counts;
      const countOf = (status: PlanActionStatus) =>
        sql<number>`sum(case when status = ${status} then 1 else 0 end)`;
      const rows = await db
        .selectFrom('plan_actions')
        .select((eb) => [
          'response_id',
          countOf('planned').as('planned'),
          countOf('in_progress').as('in_progress'),
          countOf('done').as('done'),
          eb.fn.countAll<number>().as('total'),
        ])
        .where('response_id', 'in', responseIds)
        .groupBy('response_id')
        .execute();
      // PostgreSQL answers sums and counts as bigint, which pg hands over as strings.
      for (const row of rows) {
        counts.set(row.response_id, {
          planned: Number(row.planned),
          inProgress: Number(row.in_progress),
          done: Number(row.done),
          total: Number(row.total),
        });
      }
      return counts;
    },
  };
}

function columnsOf(action: PlanAction) {
  return {
    area_id: action.areaId,
    recommendation_id: action.recommendationId,
    title: action.title,
    owner: action.owner,
    due_date: action.dueDate,
    cost: action.cost,
    status: action.status,
    position: action.position,
    created_at: action.createdAt,
    updated_at: action.updatedAt,
    done_at: action.doneAt,
  };
}

function toPlanAction(row: Selectable<PlanActionsTable>): PlanAction {
  return {
    id: row.id,
    areaId: row.area_id,
    recommendationId: row.recommendation_id,
    title: row.title,
    owner: row.owner,
    dueDate: row.due_date,
    cost: row.cost as PlanActionCost | null,
    status: row.status as PlanActionStatus,
    position: Number(row.position),
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    doneAt: row.done_at,
  };
}
