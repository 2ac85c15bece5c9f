import type { Clock } from '../system/clock.js';
import type { ResponseSecrets } from '../system/response-secrets.js';
import type { QuestionnaireCatalog, Store } from './ports.js';
import type { ReportRenderer } from './report-ports.js';

/** What every use case may reach: explicit ports, nothing global. */
export interface UseCaseDependencies {
  catalog: QuestionnaireCatalog;
  store: Store;
  clock: Clock;
  secrets: ResponseSecrets;
  reports: ReportRenderer;
}
