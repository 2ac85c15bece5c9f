import { sql, type Kysely } from 'kysely';
import type { DatabaseSchema } from '../database-schema.js';

/*
 * Running totals of each peer group: its size, and per area the count and sum of the scores.
 * A submission adds to them; erasing a submitted response takes its own part away (sums can be
 * taken back exactly). The peer comparison, read with every submitted response, then costs two
 * small indexed reads whatever the number of responses.
 */

interface Member {
  questionnaireId: string;
  peerGroup: string;
  /** Area ids and scores (null scores are left out of the totals). */
  scores: Array<{ areaId: string; score: number | null }>;
}

/** Adds (`sign` 1) or takes away (`sign` -1) one submitted response. */
export async function changePeerGroupStats(
  db: Kysely<DatabaseSchema>,
  member: Member,
  sign: 1 | -1,
): Promise<void> {
  const key = { questionnaire_id: member.questionnaireId, peer_group: member.peerGroup };
  await db
    .insertInto('peer_group_sizes')
    .values({ ...key, count: sign })
    .onConflict((conflict) =>
      conflict
        .columns(['questionnaire_id', 'peer_group'])
        .doUpdateSet({ count: sql`${sql.ref('peer_group_sizes.count')} + ${sign}` }),
    )
    .execute();
  const scored = member.scores.filter((area) => area.score !== null);
  if (scored.length === 0) return;
  await db
    .insertInto('peer_group_area_stats')
    .values(
      scored.map((area) => ({
        ...key,
        area_id: area.areaId,
        count: sign,
        sum: sign * area.score!,
      })),
    )
    .onConflict((conflict) =>
      conflict.columns(['questionnaire_id', 'peer_group', 'area_id']).doUpdateSet({
        count: sql`${sql.ref('peer_group_area_stats.count')} + ${sql.ref('excluded.count')}`,
        sum: sql`${sql.ref('peer_group_area_stats.sum')} + ${sql.ref('excluded.sum')}`,
      }),
    )
    .execute();
}
