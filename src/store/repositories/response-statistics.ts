import type { Kysely } from 'kysely';
import type { Answers } from '../../domain/index.js';
import type { ResponseStatistics } from '../../usecases/ports.js';
import type { DatabaseSchema } from '../database-schema.js';
import { toResponse } from './response-repository.js';

/**
 * Figures over many responses, computed by the database from the columns frozen at submission
 * (scores, levels, plan items), never by scoring answers again: a dashboard over ten thousand
 * responses stays a few indexed aggregate queries.
 */
export function responseStatistics(db: Kysely<DatabaseSchema>): ResponseStatistics {
  return {
    async workshopFigures(workshopId, participantLimit) {
      // Counts and the overall mean come from the covering index (workshop, status, score); the
      // rest from the running totals kept by each submission (workshop-stats.ts).
      const byStatus = await db
        .selectFrom('responses')
        .select((eb) => [
          'status',
          eb.fn.countAll<number>().as('count'),
          eb.fn.count<number>('overall_score').as('scored'),
          eb.fn.avg<number>('overall_score').as('mean'),
        ])
        .where('workshop_id', '=', workshopId)
        .groupBy('status')
        .execute();
      const submittedRow = byStatus.find((row) => row.status === 'submitted');
      const areas = await db
        .selectFrom('workshop_area_stats')
        .selectAll()
        .where('workshop_id', '=', workshopId)
        .execute();
      const levels = await db
        .selectFrom('workshop_level_counts')
        .selectAll()
        .where('workshop_id', '=', workshopId)
        .execute();
      const recommendations = await db
        .selectFrom('workshop_recommendation_counts')
        .selectAll()
        .where('workshop_id', '=', workshopId)
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
        joined: byStatus.reduce((sum, row) => sum + Number(row.count), 0),
        submitted: Number(submittedRow?.count ?? 0),
        areas: areas.map((row) => {
          const count = Number(row.count);
          const mean = count === 0 ? null : Number(row.sum) / count;
          const variance = mean === null ? null : Number(row.sum_squares) / count - mean * mean;
          return {
            areaId: row.area_id,
            count,
            mean,
            min: count === 0 ? null : Number(row.min),
            max: count === 0 ? null : Number(row.max),
            // Rounding may leave a tiny negative variance where all scores are equal.
            stdDev: variance === null ? null : Math.sqrt(Math.max(0, variance)),
          };
        }),
        levelCounts: levels.map((row) => ({
          areaId: row.area_id,
          level: row.level,
          count: Number(row.count),
        })),
        overall: {
          count: Number(submittedRow?.scored ?? 0),
          mean: submittedRow?.mean == null ? null : Number(submittedRow.mean),
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

    async workshopSharedAnswers(workshopId, limit) {
      // Walks the (workshop, updated_at) index from the newest, reading only the answers.
      const rows = await db
        .selectFrom('responses')
        .select(['version', 'answers', 'share_answers'])
        .where('workshop_id', '=', workshopId)
        .where('status', '=', 'submitted')
        .where('share_answers', '=', 1)
        .orderBy('updated_at', 'desc')
        .orderBy('id')
        .limit(limit)
        .execute();
      return rows.map((row) => ({
        version: row.version,
        answers: JSON.parse(row.answers) as Answers,
        shareAnswers: row.share_answers === 1,
      }));
    },

    async peerAverages(questionnaireId, peerGroup) {
      const size = await db
        .selectFrom('peer_group_sizes')
        .select('count')
        .where('questionnaire_id', '=', questionnaireId)
        .where('peer_group', '=', peerGroup)
        .executeTakeFirst();
      const rows = await db
        .selectFrom('peer_group_area_stats')
        .select(['area_id', 'count', 'sum'])
        .where('questionnaire_id', '=', questionnaireId)
        .where('peer_group', '=', peerGroup)
        .execute();
      return {
        groupSize: Number(size?.count ?? 0),
        scores: Object.fromEntries(
          rows.map((row) => [
            row.area_id,
            Number(row.count) > 0 ? Number(row.sum) / Number(row.count) : null,
          ]),
        ),
      };
    },
  };
}
