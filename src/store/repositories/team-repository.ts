import type { Kysely, Selectable } from 'kysely';
import type { Team, TeamMember } from '../../domain/index.js';
import type { TeamRepository } from '../../usecases/ports.js';
import type { DatabaseSchema } from '../database-schema.js';
import { withRowLock, type Dialect } from '../row-locks.js';
import type { TeamMembersTable, TeamsTable } from '../tables/teams-tables.js';

/** Teams, members and agreements. */
export function teamRepository(db: Kysely<DatabaseSchema>, dialect: Dialect): TeamRepository {
  return {
    async insert(team, owner) {
      await db
        .insertInto('teams')
        .values({
          id: team.id,
          owner_response_id: team.ownerResponseId,
          invite_token_hash: team.inviteTokenHash,
          created_at: team.createdAt,
        })
        .execute();
      await insertMember(db, owner);
    },
    async findByInviteHash(inviteTokenHash, options) {
      const row = await withRowLock(
        db.selectFrom('teams').selectAll().where('invite_token_hash', '=', inviteTokenHash),
        options?.lock,
        dialect,
      ).executeTakeFirst();
      return row && toTeam(row);
    },
    async findMembership(responseId) {
      const row = await db
        .selectFrom('team_members')
        .innerJoin('teams', 'teams.id', 'team_members.team_id')
        .select([
          'teams.id',
          'teams.owner_response_id',
          'teams.invite_token_hash',
          'teams.created_at',
          'team_members.response_id',
          'team_members.team_id',
          'team_members.display_name',
          'team_members.share_answers',
          'team_members.joined_at',
        ])
        .where('team_members.response_id', '=', responseId)
        .executeTakeFirst();
      return row && { team: toTeam(row), member: toMember(row) };
    },
    async renewInvite(teamId, inviteTokenHash) {
      await db
        .updateTable('teams')
        .set({ invite_token_hash: inviteTokenHash })
        .where('id', '=', teamId)
        .execute();
    },
    async addMember(member) {
      await insertMember(db, member);
    },
    async updateMember(responseId, { displayName, shareAnswers }) {
      const changes = {
        ...(displayName === undefined ? {} : { display_name: displayName }),
        ...(shareAnswers === undefined ? {} : { share_answers: shareAnswers ? 1 : 0 }),
      };
      if (Object.keys(changes).length === 0) return;
      await db
        .updateTable('team_members')
        .set(changes)
        .where('response_id', '=', responseId)
        .execute();
    },
    async removeMember(responseId) {
      await db.deleteFrom('team_members').where('response_id', '=', responseId).execute();
    },
    async delete(teamId) {
      await db.deleteFrom('teams').where('id', '=', teamId).execute();
    },
    async members(teamId) {
      const rows = await db
        .selectFrom('team_members')
        .selectAll()
        .where('team_id', '=', teamId)
        .orderBy('joined_at')
        .orderBy('response_id')
        .execute();
      return rows.map(toMember);
    },
    async countMembers(teamId) {
      const row = await db
        .selectFrom('team_members')
        .select((eb) => eb.fn.countAll<number>().as('count'))
        .where('team_id', '=', teamId)
        .executeTakeFirstOrThrow();
      return Number(row.count);
    },
    async agreements(teamId) {
      const rows = await db
        .selectFrom('team_agreements')
        .selectAll()
        .where('team_id', '=', teamId)
        .orderBy('area_id')
        .execute();
      return rows.map((row) => ({
        areaId: row.area_id,
        level: row.level,
        note: row.note,
        updatedAt: row.updated_at,
      }));
    },
    async saveAgreement(teamId, agreement) {
      await db
        .insertInto('team_agreements')
        .values({
          team_id: teamId,
          area_id: agreement.areaId,
          level: agreement.level,
          note: agreement.note,
          updated_at: agreement.updatedAt,
        })
        .onConflict((conflict) =>
          conflict.columns(['team_id', 'area_id']).doUpdateSet({
            level: agreement.level,
            note: agreement.note,
            updated_at: agreement.updatedAt,
          }),
        )
        .execute();
    },
  };
}

async function insertMember(db: Kysely<DatabaseSchema>, member: TeamMember): Promise<void> {
  await db
    .insertInto('team_members')
    .values({
      response_id: member.responseId,
      team_id: member.teamId,
      display_name: member.displayName,
      share_answers: member.shareAnswers ? 1 : 0,
      joined_at: member.joinedAt,
    })
    .execute();
}

function toTeam(row: Selectable<TeamsTable>): Team {
  return {
    id: row.id,
    ownerResponseId: row.owner_response_id,
    inviteTokenHash: row.invite_token_hash,
    createdAt: row.created_at,
  };
}

function toMember(row: Selectable<TeamMembersTable>): TeamMember {
  return {
    responseId: row.response_id,
    teamId: row.team_id,
    displayName: row.display_name,
    shareAnswers: row.share_answers === 1,
    joinedAt: row.joined_at,
  };
}
