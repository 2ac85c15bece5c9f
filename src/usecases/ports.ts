import type {
  Answers,
  Facilitator,
  PlanAction,
  PlanStatusCounts,
  ProfileSummary,
  Questionnaire,
  QuestionnaireResponse,
  Team,
  TeamAgreement,
  TeamMember,
  ResponseShare,
  Workshop,
} from '../domain/index.js';
import type { z } from 'zod';
import type { ParticipantContract } from '../contracts/workshop-contract.js';

/** The published questionnaires, loaded and validated at start. */
export interface QuestionnaireCatalog {
  /** The given version, or the latest when none is given. */
  find(questionnaireId: string, version?: string): CatalogEntry | undefined;
  list(): CatalogEntry[];
}

export interface CatalogEntry {
  questionnaire: Questionnaire;
  /** SHA-256 of the definition's canonical JSON: what makes a version immutable. */
  contentHash: string;
  /** Where it was read from, to name it in messages. */
  file: string;
}

export interface PublishedVersion {
  questionnaireId: string;
  version: string;
  contentHash: string;
}

/** Remembers the content of every version that responses use. */
export interface PublishedVersionRepository {
  list(): Promise<PublishedVersion[]>;
  /** Records the version if it is not yet recorded; never overwrites. */
  record(version: PublishedVersion, firstUsedAt: string): Promise<void>;
}

/**
 * A row lock taken by a read inside a transaction and held until it ends: 'update' for a row the
 * transaction will change (or whose children it will change), 'share' for a row it only needs
 * unchanged until it commits. Several instances may run the same use case at the same moment:
 * the database, not a process, keeps a read-then-write whole. @see README "Decisions"
 */
export type RowLock = 'update' | 'share';

export interface ReadOptions {
  lock?: RowLock | undefined;
}

export interface ResponseRepository {
  insert(response: QuestionnaireResponse): Promise<void>;
  findById(id: string, options?: ReadOptions): Promise<QuestionnaireResponse | undefined>;
  /** Every diagnosis of a chain (see QuestionnaireResponse.chainId), oldest first. */
  findChain(chainId: string, options?: ReadOptions): Promise<QuestionnaireResponse[]>;
  /**
   * Replaces a draft's answers; the association's name only when given (null clears it). False
   * when the response is no longer a draft, and then nothing was written.
   */
  updateDraft(
    id: string,
    changes: { answers: Answers; associationName?: string | null | undefined },
    updatedAt: string,
  ): Promise<boolean>;
  /**
   * Freezes the profile, and keeps what lists and dashboards read with SQL. False when the
   * response is no longer a draft, and then nothing was written.
   */
  markSubmitted(
    id: string,
    profile: ProfileSummary,
    submittedAt: string,
    extra: { recommendationIds: string[]; peerGroup: string | null; workshopId?: string | null },
  ): Promise<boolean>;
  /** True when a response was erased. */
  delete(id: string): Promise<boolean>;
  /** Erases the drafts last changed before `cutoff` (ISO-8601); answers how many. */
  deleteDraftsUpdatedBefore(cutoff: string): Promise<number>;
}

export interface FacilitatorRepository {
  insert(facilitator: Facilitator): Promise<void>;
  findByEmail(email: string): Promise<Facilitator | undefined>;
  findById(id: string): Promise<Facilitator | undefined>;
  findByShareCode(shareCode: string): Promise<Facilitator | undefined>;
  /**
   * Gives the facilitator a new share code: the old one no longer opens anything. With
   * `onlyIfNone`, only when they have none yet (two first requests at once keep one code).
   */
  setShareCode(id: string, shareCode: string, options?: { onlyIfNone: boolean }): Promise<void>;
  /** Null clears it. */
  setDisplayName(id: string, displayName: string | null): Promise<void>;
}

/** Associations' consents to share a chain of diagnoses with a centre. */
export interface ShareRepository {
  /** Records a consent; a consent already given keeps its first date. */
  save(share: ResponseShare): Promise<void>;
  find(chainId: string, facilitatorId: string): Promise<ResponseShare | undefined>;
  /** The chain's consents, oldest first. */
  listByChain(chainId: string): Promise<ResponseShare[]>;
  /** The facilitator's consents, oldest first. */
  listByFacilitator(facilitatorId: string): Promise<ResponseShare[]>;
  /** Withdraws a consent; true when there was one. */
  delete(chainId: string, facilitatorId: string): Promise<boolean>;
  /** Removes every consent of a chain (its last diagnosis was erased). */
  deleteChain(chainId: string): Promise<void>;
  /** Every submitted diagnosis of the chains shared with the facilitator. */
  submittedResponses(facilitatorId: string): Promise<QuestionnaireResponse[]>;
}

export interface FacilitatorSession {
  /** SHA-256 of the secret the cookie carries. */
  idHash: string;
  facilitatorId: string;
  csrfToken: string;
  createdAt: string;
  expiresAt: string;
}

export interface SessionRepository {
  insert(session: FacilitatorSession): Promise<void>;
  find(idHash: string): Promise<FacilitatorSession | undefined>;
  delete(idHash: string): Promise<void>;
  /** Removes the sessions expired at `now`; answers how many. */
  deleteExpired(now: string): Promise<number>;
}

export interface WorkshopRepository {
  insert(workshop: Workshop): Promise<void>;
  findById(id: string, options?: ReadOptions): Promise<Workshop | undefined>;
  findByJoinCode(joinCode: string): Promise<Workshop | undefined>;
  /** Newest first. */
  listByFacilitator(facilitatorId: string): Promise<Workshop[]>;
  close(id: string, closedAt: string): Promise<void>;
}

/** One participant of a workshop, as its dashboard lists it. */
export type ParticipantSummary = z.infer<typeof ParticipantContract>;

/** What SQL computes over a workshop's responses for its dashboard. */
export interface WorkshopFigures {
  joined: number;
  submitted: number;
  /** Over submitted responses with a score in the area. */
  areas: Array<{
    areaId: string;
    count: number;
    mean: number | null;
    min: number | null;
    max: number | null;
    /** Population standard deviation. */
    stdDev: number | null;
  }>;
  levelCounts: Array<{ areaId: string; level: string; count: number }>;
  overall: { count: number; mean: number | null };
  /** How many submitted responses have each recommendation in their plan. */
  recommendationCounts: Array<{ recommendationId: string; count: number }>;
  /** The most recently active first, at most the limit asked. */
  participants: ParticipantSummary[];
}

/** Read models over many responses: dashboards, exports, peer groups. */
export interface ResponseStatistics {
  workshopFigures(workshopId: string, participantLimit: number): Promise<WorkshopFigures>;
  /** Every response of a workshop, oldest first, with its answers. */
  workshopResponses(workshopId: string): Promise<QuestionnaireResponse[]>;
  /**
   * The answers of a workshop's submitted responses whose participants agreed to share them,
   * the most recently updated first, at most `limit`: the discussion agenda reads no other.
   */
  workshopSharedAnswers(
    workshopId: string,
    limit: number,
  ): Promise<Array<Pick<QuestionnaireResponse, 'version' | 'answers' | 'shareAnswers'>>>;
  /** Mean score per area of the submitted responses of a questionnaire in one peer group. */
  peerAverages(
    questionnaireId: string,
    peerGroup: string,
  ): Promise<{ groupSize: number; scores: Record<string, number | null> }>;
}

/** The plan an association owns: its priority areas and its own actions. */
export interface PlanRepository {
  /** The priority area ids, in the order chosen. */
  priorities(responseId: string): Promise<string[]>;
  /** Replaces the priorities with these, in this order. */
  setPriorities(responseId: string, areaIds: string[]): Promise<void>;
  /** The response's actions, by position. */
  listActions(responseId: string): Promise<PlanAction[]>;
  /** The action, only if it belongs to this response. */
  findAction(responseId: string, actionId: string): Promise<PlanAction | undefined>;
  insertAction(responseId: string, action: PlanAction): Promise<void>;
  /** Writes every field of the action back, only if it belongs to this response. */
  updateAction(responseId: string, action: PlanAction): Promise<void>;
  /** True when an action of this response was erased. */
  deleteAction(responseId: string, actionId: string): Promise<boolean>;
  /**
   * How many actions each response's plan holds at each status, in one query (a facilitator's
   * portfolio); a response without actions is absent from the map.
   */
  statusCounts(responseIds: string[]): Promise<Map<string, PlanStatusCounts>>;
}

/** Team diagnoses: the team, its members (the owner among them) and its agreed levels. */
export interface TeamRepository {
  /** Creates the team with its owner as first member. */
  insert(team: Team, owner: TeamMember): Promise<void>;
  findByInviteHash(inviteTokenHash: string, options?: ReadOptions): Promise<Team | undefined>;
  /** The team a response belongs to (as owner or member), with its membership. */
  findMembership(responseId: string): Promise<{ team: Team; member: TeamMember } | undefined>;
  renewInvite(teamId: string, inviteTokenHash: string): Promise<void>;
  addMember(member: TeamMember): Promise<void>;
  updateMember(
    responseId: string,
    changes: { displayName?: string | null; shareAnswers?: boolean },
  ): Promise<void>;
  removeMember(responseId: string): Promise<void>;
  /** Dissolves the team: its members' responses stay, as ordinary responses. */
  delete(teamId: string): Promise<void>;
  /** In the order they joined (the owner first). */
  members(teamId: string): Promise<TeamMember[]>;
  countMembers(teamId: string): Promise<number>;
  agreements(teamId: string): Promise<TeamAgreement[]>;
  /** Creates or replaces the agreement of one area. */
  saveAgreement(teamId: string, agreement: TeamAgreement): Promise<void>;
}

export interface Repositories {
  responses: ResponseRepository;
  publishedVersions: PublishedVersionRepository;
  facilitators: FacilitatorRepository;
  sessions: SessionRepository;
  workshops: WorkshopRepository;
  shares: ShareRepository;
  statistics: ResponseStatistics;
  plans: PlanRepository;
  teams: TeamRepository;
}

/** The store: repositories, and the one way to run several operations atomically. */
export interface Store extends Repositories {
  transaction<T>(work: (repositories: Repositories) => Promise<T>): Promise<T>;
  /**
   * Whether the database answers and takes a small write ('refuses_writes': a read-only file,
   * a full disk, a read-only server); throws when it does not answer.
   */
  ping(): Promise<'ok' | 'refuses_writes'>;
}
