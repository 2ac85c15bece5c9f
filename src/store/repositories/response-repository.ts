import type { Kysely, Selectable } from 'kysely';
import type { Answers, ProfileSummary, QuestionnaireResponse } from '../../domain/index.js';
import type { ResponseRepository } from '../../usecases/ports.js';
import type { DatabaseSchema } from '../database-schema.js';
import type { ResponsesTable } from '../tables/responses-table.js';
import { withRowLock, type Dialect } from '../row-locks.js';
import { changePeerGroupStats } from './peer-group-stats.js';
import { addToWorkshopStats, recomputeWorkshopStats } from './workshop-stats.js';

/**
 * Responses as the domain sees them; rows and JSON columns stay in here.
 */
export function responseRepository(
  db: Kysely<DatabaseSchema>,
  dialect: Dialect,
): ResponseRepository {
  return {
    async insert(response) {
      await db
        .insertInto('responses')
        .values({
          id: response.id,
          questionnaire_id: response.questionnaireId,
          version: response.version,
          locale: response.locale,
          status: response.status,
          token_hash: response.tokenHash,
          association_name: response.associationName,
          chain_id: response.chainId,
          previous_response_id: response.previousResponseId,
          workshop_id: response.workshopId,
          share_answers: response.shareAnswers ? 1 : 0,
          answers: JSON.stringify(response.answers),
          profile: response.profile ? JSON.stringify(response.profile) : null,
          overall_score: response.profile?.overall.score ?? null,
          overall_level: response.profile?.overall.level ?? null,
          created_at: response.createdAt,
          updated_at: response.updatedAt,
          submitted_at: response.submittedAt,
        })
        .execute();
    },

    async findById(id, options) {
      const row = await withRowLock(
        db.selectFrom('responses').selectAll().where('id', '=', id),
        options?.lock,
        dialect,
      ).executeTakeFirst();
      return row ? toResponse(row) : undefined;
    },

    async findChain(chainId, options) {
      // Always in the same order, so that two transactions locking a chain never deadlock.
      const rows = await withRowLock(
        db
          .selectFrom('responses')
          .selectAll()
          .where('chain_id', '=', chainId)
          .orderBy('created_at')
          .orderBy('id'),
        options?.lock,
        dialect,
      ).execute();
      return rows.map(toResponse);
    },

    async updateDraft(id, { answers, associationName }, updatedAt) {
      const result = await db
        .updateTable('responses')
        .set({
          answers: JSON.stringify(answers),
          // Left out of the patch means unchanged; null clears it.
          ...(associationName === undefined ? {} : { association_name: associationName }),
          updated_at: updatedAt,
        })
        .where('id', '=', id)
        .where('status', '=', 'draft')
        .executeTakeFirst();
      return result.numUpdatedRows > 0n;
    },

    async markSubmitted(id, profile, submittedAt, { recommendationIds, peerGroup, workshopId }) {
      const submitted = await db
        .updateTable('responses')
        .set({
          status: 'submitted',
          profile: JSON.stringify(profile),
          overall_score: profile.overall.score,
          overall_level: profile.overall.level,
          updated_at: submittedAt,
          submitted_at: submittedAt,
          peer_group: peerGroup,
        })
        .where('id', '=', id)
        .where('status', '=', 'draft')
        .executeTakeFirst();
      // Submitted elsewhere meanwhile: its scores and totals are already counted once.
      if (submitted.numUpdatedRows === 0n) return false;
      await db
        .insertInto('response_area_scores')
        .values(
          profile.areas.map((area) => ({
            response_id: id,
            area_id: area.id,
            score: area.score,
            level: area.level,
            coverage: area.coverage,
          })),
        )
        .execute();
      if (recommendationIds.length > 0) {
        await db
          .insertInto('response_recommendations')
          .values(
            [...new Set(recommendationIds)].map((recommendationId) => ({
              response_id: id,
              recommendation_id: recommendationId,
            })),
          )
          .execute();
      }
      if (workshopId) await addToWorkshopStats(db, workshopId, profile, recommendationIds);
      if (peerGroup !== null) {
        const row = await db
          .selectFrom('responses')
          .select('questionnaire_id')
          .where('id', '=', id)
          .executeTakeFirstOrThrow();
        await changePeerGroupStats(
          db,
          {
            questionnaireId: row.questionnaire_id,
            peerGroup,
            scores: profile.areas.map((area) => ({ areaId: area.id, score: area.score })),
          },
          1,
        );
      }
      return true;
    },

    async deleteDraftsUpdatedBefore(cutoff) {
      // Drafts count in no running total: erasing them touches nothing else.
      const result = await db
        .deleteFrom('responses')
        .where('status', '=', 'draft')
        .where('updated_at', '<', cutoff)
        .executeTakeFirst();
      return Number(result.numDeletedRows);
    },

    async delete(id) {
      const row = await db
        .selectFrom('responses')
        .select(['workshop_id', 'status', 'questionnaire_id', 'peer_group'])
        .where('id', '=', id)
        .executeTakeFirst();
      if (row?.status === 'submitted' && row.peer_group !== null) {
        const scores = await db
          .selectFrom('response_area_scores')
          .select(['area_id', 'score'])
          .where('response_id', '=', id)
          .execute();
        await changePeerGroupStats(
          db,
          {
            questionnaireId: row.questionnaire_id,
            peerGroup: row.peer_group,
            scores: scores.map((score) => ({ areaId: score.area_id, score: score.score })),
          },
          -1,
        );
      }
      if (row?.workshop_id && row.status === 'submitted') {
        // The totals are recomputed from the rows below: two erasures in one workshop at once
        // must not each count the other's response. Its row serialises them, and submissions
        // (which hold it shared) wait too.
        await withRowLock(
          db.selectFrom('workshops').select('id').where('id', '=', row.workshop_id),
          'update',
          dialect,
        ).execute();
      }
      // Area scores and plan items go with the response (ON DELETE CASCADE).
      const result = await db.deleteFrom('responses').where('id', '=', id).executeTakeFirst();
      if (row?.workshop_id && row.status === 'submitted') {
        await recomputeWorkshopStats(db, row.workshop_id);
      }
      return result.numDeletedRows > 0n;
    },
  };
}

export function toResponse(row: Selectable<ResponsesTable>): QuestionnaireResponse {
  return {
    id: row.id,
    questionnaireId: row.questionnaire_id,
    version: row.version,
    locale: row.locale,
    status: row.status,
    tokenHash: row.token_hash,
    associationName: row.association_name,
    chainId: row.chain_id,
    previousResponseId: row.previous_response_id,
    workshopId: row.workshop_id,
    shareAnswers: row.share_answers === 1,
    answers: JSON.parse(row.answers) as Answers,
    profile: row.profile ? (JSON.parse(row.profile) as ProfileSummary) : null,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    submittedAt: row.submitted_at,
  };
}
