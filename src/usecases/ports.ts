import type {
  Answers,
  ProfileSummary,
  Questionnaire,
  QuestionnaireResponse,
} from '../domain/index.js';

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

export interface ResponseRepository {
  insert(response: QuestionnaireResponse): Promise<void>;
  findById(id: string): Promise<QuestionnaireResponse | undefined>;
  /** Replaces a draft's answers; the association's name only when given (null clears it). */
  updateDraft(
    id: string,
    changes: { answers: Answers; associationName?: string | null | undefined },
    updatedAt: string,
  ): Promise<void>;
  markSubmitted(id: string, profile: ProfileSummary, submittedAt: string): Promise<void>;
  /** True when a response was erased. */
  delete(id: string): Promise<boolean>;
}

export interface Repositories {
  responses: ResponseRepository;
  publishedVersions: PublishedVersionRepository;
}

/** The store: repositories, and the one way to run several operations atomically. */
export interface Store extends Repositories {
  transaction<T>(work: (repositories: Repositories) => Promise<T>): Promise<T>;
}
