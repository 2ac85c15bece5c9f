import type { Route } from './routes.js';

/**
 * The pages that are chunks of their own (dynamic imports), by route: a first visit downloads
 * only the home page, and Chart.js comes only with the pages that draw a radar. `main` starts
 * the chunk of the address opened at the same time as the catalogue, instead of after it.
 */
export const pageModules = {
  diagnosis: () => import('./pages/diagnosis-page.js'),
  results: () => import('./pages/results-page.js'),
  plan: () => import('./pages/plan-page.js'),
  team: () => import('./pages/team-page.js'),
  workshopJoin: () => import('./pages/join-page.js'),
  teamJoin: () => import('./pages/team-join-page.js'),
  accessibility: () => import('./pages/accessibility-page.js'),
  data: () => import('./pages/data-page.js'),
  facilitator: () => import('./pages/facilitator/facilitator-routes.js'),
} satisfies Partial<Record<Route['page'], () => Promise<unknown>>>;

/** Starts fetching the chunk of a route's page, if it has one; a failure is met again later. */
export function preloadPage(route: Route): Promise<unknown> {
  const load = (pageModules as Partial<Record<Route['page'], () => Promise<unknown>>>)[route.page];
  return load ? load().catch(() => undefined) : Promise.resolve();
}
