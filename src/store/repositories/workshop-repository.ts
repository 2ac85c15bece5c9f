import type { Kysely, Selectable } from 'kysely';
import type { Workshop } from '../../domain/index.js';
import type { WorkshopRepository } from '../../usecases/ports.js';
import type { DatabaseSchema } from '../database-schema.js';
import { withRowLock, type Dialect } from '../row-locks.js';
import type { WorkshopsTable } from '../tables/workshops-table.js';

export function workshopRepository(
  db: Kysely<DatabaseSchema>,
  dialect: Dialect,
): WorkshopRepository {
  return {
    async insert(workshop) {
      await db
        .insertInto('workshops')
        .values({
          id: workshop.id,
          facilitator_id: workshop.facilitatorId,
          title: workshop.title,
          date: workshop.date,
          questionnaire_id: workshop.questionnaireId,
          version: workshop.version,
          locale: workshop.locale,
          join_code: workshop.joinCode,
          closes_at: workshop.closesAt,
          closed_at: workshop.closedAt,
          created_at: workshop.createdAt,
        })
        .execute();
    },
    async findById(id, options) {
      const row = await withRowLock(
        db.selectFrom('workshops').selectAll().where('id', '=', id),
        options?.lock,
        dialect,
      ).executeTakeFirst();
      return row && toWorkshop(row);
    },
    async findByJoinCode(joinCode) {
      const row = await db
        .selectFrom('workshops')
        .selectAll()
        .where('join_code', '=', joinCode)
        .executeTakeFirst();
      return row && toWorkshop(row);
    },
    async listByFacilitator(facilitatorId) {
      const rows = await db
        .selectFrom('workshops')
        .selectAll()
        .where('facilitator_id', '=', facilitatorId)
        .orderBy('created_at', 'desc')
        .orderBy('id')
        .execute();
      return rows.map(toWorkshop);
    },
    async close(id, closedAt) {
      await db
        .updateTable('workshops')
        .set({ closed_at: closedAt })
        .where('id', '=', id)
        .where('closed_at', 'is', null)
        .execute();
    },
  };
}

function toWorkshop(row: Selectable<WorkshopsTable>): Workshop {
  return {
    id: row.id,
    facilitatorId: row.facilitator_id,
    title: row.title,
    date: row.date,
    questionnaireId: row.questionnaire_id,
    version: row.version,
    locale: row.locale,
    joinCode: row.join_code,
    closesAt: row.closes_at,
    closedAt: row.closed_at,
    createdAt: row.created_at,
  };
}
