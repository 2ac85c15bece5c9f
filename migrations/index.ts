import type { Migration } from 'kysely';
import * as initial from './2026-11-26-001-initial.js';
import * as associationName from './2026-11-26-002-association-name.js';
import * as workshops from './2026-11-26-003-workshops.js';
import * as responseChains from './2026-11-26-004-response-chains.js';
import * as actionPlans from './2026-11-26-005-action-plans.js';
import * as teams from './2026-11-26-006-teams.js';
import * as shares from './2026-11-26-007-shares.js';
import * as databaseInvariants from './2026-12-01-008-database-invariants.js';

/** Every migration, in the order they run. Names never change once released. */
export const migrations: Record<string, Migration> = {
  '2026-11-26-001-initial': initial,
  '2026-11-26-002-association-name': associationName,
  '2026-11-26-003-workshops': workshops,
  '2026-11-26-004-response-chains': responseChains,
  '2026-11-26-005-action-plans': actionPlans,
  '2026-11-26-006-teams': teams,
  '2026-11-26-007-shares': shares,
  '2026-12-01-008-database-invariants': databaseInvariants,
};
