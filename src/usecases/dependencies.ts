import type { Clock } from '../system/clock.js';
import type { PasswordHasher } from '../system/password-hasher.js';
import type { ResponseSecrets } from '../system/response-secrets.js';
import type { QuestionnaireCatalog, Store } from './ports.js';
import type { DocumentWriter, ReportRenderer } from './report-ports.js';

/** What every use case may reach: explicit ports, nothing global. */
export interface UseCaseDependencies {
  catalog: QuestionnaireCatalog;
  store: Store;
  clock: Clock;
  secrets: ResponseSecrets;
  reports: ReportRenderer;
  documents: DocumentWriter;
  passwords: PasswordHasher;
  settings: UseCaseSettings;
}

/** The configuration the use cases need (from src/config.ts). */
export interface UseCaseSettings {
  /** Where users reach the app, for join links. */
  publicUrl: string;
  /** How long a facilitator stays signed in. */
  sessionHours: number;
  /** The context question whose answer forms peer groups (the budget bracket). */
  peerGroupQuestion: string;
  /** The fewest submitted responses a peer group needs before its average is shown. */
  peerGroupMinimum: number;
  /** The longest a health check waits for the database (1.5 s when left out). */
  healthTimeoutMs?: number;
}
