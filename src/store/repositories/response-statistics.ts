import { sql, type Kysely } from 'kysely';
import type { ResponseStatistics } from '../../usecases/ports.js';
import type { DatabaseSchema } from '../database-schema.js';
import { toResponse } from './response-repository.js';

/**
 * Figures over many responses, computed by the database from the columns frozen at submission
 * (scores, levels, plan items), never by scoring answers again: a dashboard over ten thousand
 * responses stays a few indexed aggregate queries.
 */
export function responseStatistics(db: Kysely<DatabaseSchema>): ResponseStatistics {
  const submittedOf = (workshopId: string) =>
    db
      .selectFrom('responses')
      .select('id')
      .where('workshop_id', '=', workshopId)
      .where('status', '=', 'submitted');

  return {
    async workshopFigures(workshopId, participantLimit) {
      const counts = await db
        .selectFrom('responses')
        .select((eb) => [
          eb.fn.countAll<number>().as('joined'),
          eb.fn
            .sum<number>(eb.case().when('status', '=', 'submitted').then(1).else(0).end())
            .as('submitted'),
        ])
        .where('workshop_id', '=', workshopId)
        .executeTakeFirstOrThrow();
      const overall = await db
        .selectFrom('responses')
        .select((eb) => [
          eb.fn.count<number>('overall_score').as('count'),
          eb.fn.avg<number>('overall_score').as('mean'),
        ])
        .where('workshop_id', '=', workshopId)
        .where('status', '=', 'submitted')
        .executeTakeFirstOrThrow();
      const areas = await db
        .selectFrom('response_area_scores')
        .select((eb) => [
          'area_id',
          eb.fn.count<number>('score').as('count'),
          eb.fn.avg<number>('score').as('mean'),
          eb.fn.min<number>('score').as('min'),
          eb.fn.max<number>('score').as('max'),
          eb.fn.avg<number>(sql<number>`score * score`).as('mean_square'),
        ])
        .where('response_id', 'in', submittedOf(workshopId))
        .groupBy('area_id')
        .execute();
      const levels = await db
        .selectFrom('response_area_scores')
        .select((eb) => ['area_id', 'level', eb.fn.countAll<number>().as('count')])
        .where('response_id', 'in', submittedOf(workshopId))
        .where('level', 'is not', null)
        .groupBy(['area_id', 'level'])
        .execute();
      const recommendations = await db
        .selectFrom('response_recommendations')
        .select((eb) => ['recommendation_id', eb.fn.countAll<number>().as('count')])
        .where('response_id', 'in', submittedOf(workshopId))
        .groupBy('recommendation_id')
        .orderBy('count', 'desc')
        .orderBy('recommendation_id')
        .execute();
      const participants = await db
        .selectFrom('responses')
        .select([
          'id',
          'association_name',
          'status',
          'overall_score',
          'overall_level',
          'share_answers',
          'updated_at',
          'submitted_at',
        ])
        .where('workshop_id', '=', workshopId)
        .orderBy('updated_at', 'desc')
        .orderBy('id')
        .limit(participantLimit)
        .execute();
      const scoreRows =
        participants.length === 0
          ? []
          : await db
              .selectFrom('response_area_scores')
              .select(['response_id', 'area_id', 'score'])
              .where(
                'response_id',
                'in',
                participants.map((participant) => participant.id),
              )
              .execute();
      const scoresOf = new Map<string, Record<string, number | null>>();
      for (const row of scoreRows) {
        const scores = scoresOf.get(row.response_id) ?? {};
        scores[row.area_id] = row.score;
        scoresOf.set(row.response_id, scores);
      }
      return {
        joined: Number(counts.joined),
        submitted: Number(counts.submitted ?? 0),
        areas: areas.map((row) => {
          const mean = row.mean === null ? null : Number(row.mean);
          const meanSquare = row.mean_square === null ? null : Number(row.mean_square);
          return {
            areaId: row.area_id,
            count: Number(row.count),
            mean,
            min: row.min === null ? null : Number(row.min),
            max: row.max === null ? null : Number(row.max),
            stdDev:
              mean === null || meanSquare === null
                ? null
                : Math.sqrt(Math.max(0, meanSquare - mean * mean)),
          };
        }),
        levelCounts: levels.map((row) => ({
          areaId: row.area_id,
          level: row.level!,
          count: Number(row.count),
        })),
        overall: {
          count: Number(overall.count),
          mean: overall.mean === null ? null : Number(overall.mean),
        },
        recommendationCounts: recommendations.map((row) => ({
          recommendationId: row.recommendation_id,
          count: Number(row.count),
        })),
        participants: participants.map((row) => ({
          responseId: row.id,
          associationName: row.association_name,
          status: row.status,
          overallScore: row.overall_score,
          overallLevel: row.overall_level,
          areaScores: scoresOf.get(row.id) ?? {},
          shareAnswers: row.share_answers === 1,
          updatedAt: row.updated_at,
          submittedAt: row.submitted_at,
        })),
      };
    },

    async workshopResponses(workshopId) {
      const rows = await db
        .selectFrom('responses')
        .selectAll()
        .where('workshop_id', '=', workshopId)
        .orderBy('created_at')
        .orderBy('id')
        .execute();
      return rows.map(toResponse);
    },

    async peerAverages(questionnaireId, peerGroup) {
      const members = db
        .selectFrom('responses')
        .select('id')
        .where('questionnaire_id', '=', questionnaireId)
        .where('peer_group', '=', peerGroup)
        .where('status', '=', 'submitted');
      const size = await db
        .selectFrom('responses')
        .select((eb) => eb.fn.countAll<number>().as('count'))
        .where('questionnaire_id', '=', questionnaireId)
        .where('peer_group', '=', peerGroup)
        .where('status', '=', 'submitted')
        .executeTakeFirstOrThrow();
      const rows = await db
        .selectFrom('response_area_scores')
        .select((eb) => ['area_id', eb.fn.avg<number>('score').as('mean')])
        .where('response_id', 'in', members)
        .groupBy('area_id')
        .execute();
      return {
        groupSize: Number(size.count),
        scores: Object.fromEntries(
          rows.map((row) => [row.area_id, row.mean === null ? null : Number(row.mean)]),
        ),
      };
    },
  };
}
