import type { z } from 'zod';
import type { FacilitatorSessionContract } from '../../src/http/contracts/facilitator-contract.js';
import type {
  CreateWorkshopBody,
  DashboardContract,
  JoinBody,
  JoinInfoContract,
  WorkshopContract,
} from '../../src/http/contracts/workshop-contract.js';

// The workshop API's own contracts, as types only: nothing of zod reaches the bundle.
export type Workshop = z.infer<typeof WorkshopContract>;
/** What the creation form sends (the server trims the title and fills version and locale). */
export type CreateWorkshopRequest = z.input<typeof CreateWorkshopBody>;
export type FacilitatorSession = z.infer<typeof FacilitatorSessionContract>;
export type Dashboard = z.infer<typeof DashboardContract>;
/** What the join page may show of a workshop before joining. */
export type JoinableWorkshop = z.infer<typeof JoinInfoContract>;
export type JoinRequest = z.input<typeof JoinBody>;
