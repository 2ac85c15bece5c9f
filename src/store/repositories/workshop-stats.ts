import { sql, type Kysely } from 'kysely';
import type { ProfileSummary } from '../../domain/index.js';
import type { DatabaseSchema } from '../database-schema.js';

/*
 * Running totals of each workshop's submitted responses: per area the count, sum, sum of squares,
 * minimum and maximum of the scores; the count at each level; the count of each recommendation.
 * A submission adds to them in its own transaction; erasing a submitted response recomputes its
 * workshop's totals from the per-response rows (minimum and maximum cannot be taken back). The
 * dashboard then reads a few rows, whatever the size of the workshop.
 */

/** Adds one submitted response to its workshop's totals. */
export async function addToWorkshopStats(
  db: Kysely<DatabaseSchema>,
  workshopId: string,
  profile: ProfileSummary,
  recommendationIds: string[],
): Promise<void> {
  const scored = profile.areas.filter((area) => area.score !== null);
  if (scored.length > 0) {
    await db
      .insertInto('workshop_area_stats')
      .values(
        scored.map((area) => ({
          workshop_id: workshopId,
          area_id: area.id,
          count: 1,
          sum: area.score!,
          sum_squares: area.score! * area.score!,
          min: area.score!,
          max: area.score!,
        })),
      )
      .onConflict((conflict) =>
        conflict.columns(['workshop_id', 'area_id']).doUpdateSet({
          count: sql`${sql.ref('workshop_area_stats.count')} + 1`,
          sum: sql`${sql.ref('workshop_area_stats.sum')} + ${sql.ref('excluded.sum')}`,
          sum_squares: sql`${sql.ref('workshop_area_stats.sum_squares')} + ${sql.ref('excluded.sum_squares')}`,
          // CASE rather than min()/least(): the one spelling SQLite and PostgreSQL share.
          min: sql`case when ${sql.ref('excluded.min')} < ${sql.ref('workshop_area_stats.min')} then ${sql.ref('excluded.min')} else ${sql.ref('workshop_area_stats.min')} end`,
          max: sql`case when ${sql.ref('excluded.max')} > ${sql.ref('workshop_area_stats.max')} then ${sql.ref('excluded.max')} else ${sql.ref('workshop_area_stats.max')} end`,
        }),
      )
      .execute();
  }
  const levelled = profile.areas.filter((area) => area.level !== null);
  if (levelled.length > 0) {
    await db
      .insertInto('workshop_level_counts')
      .values(
        levelled.map((area) => ({
          workshop_id: workshopId,
          area_id: area.id,
          level: area.level!,
          count: 1,
        })),
      )
      .onConflict((conflict) =>
        conflict
          .columns(['workshop_id', 'area_id', 'level'])
          .doUpdateSet({ count: sql`${sql.ref('workshop_level_counts.count')} + 1` }),
      )
      .execute();
  }
  const unique = [...new Set(recommendationIds)];
  if (unique.length > 0) {
    await db
      .insertInto('workshop_recommendation_counts')
      .values(
        unique.map((recommendationId) => ({
          workshop_id: workshopId,
          recommendation_id: recommendationId,
          count: 1,
        })),
      )
      .onConflict((conflict) =>
        conflict
          .columns(['workshop_id', 'recommendation_id'])
          .doUpdateSet({ count: sql`${sql.ref('workshop_recommendation_counts.count')} + 1` }),
      )
      .execute();
  }
}

/** Rebuilds a workshop's totals from its submitted responses' rows. */
export async function recomputeWorkshopStats(
  db: Kysely<DatabaseSchema>,
  workshopId: string,
): Promise<void> {
  await db.deleteFrom('workshop_area_stats').where('workshop_id', '=', workshopId).execute();
  await db.deleteFrom('workshop_level_counts').where('workshop_id', '=', workshopId).execute();
  await db
    .deleteFrom('workshop_recommendation_counts')
    .where('workshop_id', '=', workshopId)
    .execute();
  const submitted = db
    .selectFrom('responses')
    .select('id')
    .where('workshop_id', '=', workshopId)
    .where('status', '=', 'submitted');
  await db
    .insertInto('workshop_area_stats')
    .columns(['workshop_id', 'area_id', 'count', 'sum', 'sum_squares', 'min', 'max'])
    .expression(
      db
        .selectFrom('response_area_scores')
        .select((eb) => [
          eb.val(workshopId).as('workshop_id'),
          'area_id',
          eb.fn.count<number>('score').as('count'),
          eb.fn.sum<number>('score').as('sum'),
          eb.fn.sum<number>(sql`score * score`).as('sum_squares'),
          eb.fn.min<number>('score').as('min'),
          eb.fn.max<number>('score').as('max'),
        ])
        .where('response_id', 'in', submitted)
        .where('score', 'is not', null)
        .groupBy('area_id'),
    )
    .execute();
  await db
    .insertInto('workshop_level_counts')
    .columns(['workshop_id', 'area_id', 'level', 'count'])
    .expression(
      db
        .selectFrom('response_area_scores')
        .select((eb) => [
          eb.val(workshopId).as('workshop_id'),
          'area_id',
          'level',
          eb.fn.countAll<number>().as('count'),
        ])
        .where('response_id', 'in', submitted)
        .where('level', 'is not', null)
        .groupBy(['area_id', 'level']),
    )
    .execute();
  await db
    .insertInto('workshop_recommendation_counts')
    .columns(['workshop_id', 'recommendation_id', 'count'])
    .expression(
      db
        .selectFrom('response_recommendations')
        .select((eb) => [
          eb.val(workshopId).as('workshop_id'),
          'recommendation_id',
          eb.fn.countAll<number>().as('count'),
        ])
        .where('response_id', 'in', submitted)
        .groupBy('recommendation_id'),
    )
    .execute();
}
