import { normalizeJoinCode } from './join-code.js';

/**
 * Every page of the app, as data. The addresses are hash routes, so that any static host serves
 * the app and a token or an invite code never reaches a server log. They are printed (QR codes,
 * paper links, resume links kept by volunteers): never change one, add a new one.
 */
export type Route =
  | { page: 'home' }
  | { page: 'diagnosis'; id: string; step: number }
  | { page: 'results'; id: string }
  | { page: 'plan'; id: string }
  | { page: 'team'; id: string }
  | { page: 'resume'; id: string; token: string }
  | { page: 'workshopJoin'; code: string }
  | { page: 'teamJoin'; code: string }
  | { page: 'accessibility' }
  | { page: 'data' }
  | { page: 'facilitator'; view: FacilitatorRoute };

export type FacilitatorRoute =
  | { view: 'workshops' }
  | { view: 'workshop'; workshopId: string }
  | { view: 'participant'; workshopId: string; responseId: string }
  | { view: 'paperEntry'; workshopId?: string }
  | { view: 'portfolio' }
  | { view: 'portfolioEntry'; chainId: string }
  | { view: 'previews' }
  | { view: 'preview'; questionnaireId: string; version: string };

/** The pages a volunteer reaches only with the response's credentials kept on this device. */
export type OwnPage = Extract<Route, { page: 'diagnosis' | 'results' | 'plan' | 'team' }>;

const segment = encodeURIComponent;

/** The links to every page: `links.diagnosis(id, 2)` is "#/diagnostic/<id>/2". */
export const links = {
  home: () => '#/',
  diagnosis: (id: string, step = 0) => `#/diagnostic/${segment(id)}/${step}`,
  results: (id: string) => `#/resultats/${segment(id)}`,
  plan: (id: string) => `#/plan/${segment(id)}`,
  team: (id: string) => `#/equipe-vue/${segment(id)}`,
  resume: (id: string, token: string) => `#/reprendre/${segment(id)}/${segment(token)}`,
  workshopJoin: (code: string) => `#/atelier/${segment(code)}`,
  teamJoin: (code: string) => `#/equipe/${segment(code)}`,
  accessibility: () => '#/accessibilite',
  data: () => '#/donnees',
  facilitator: {
    workshops: () => '#/animateur',
    workshop: (workshopId: string) => `#/animateur/atelier/${segment(workshopId)}`,
    participant: (workshopId: string, responseId: string) =>
      `#/animateur/atelier/${segment(workshopId)}/participant/${segment(responseId)}`,
    paperEntry: (workshopId?: string) =>
      workshopId ? `#/animateur/atelier/${segment(workshopId)}/saisie` : '#/animateur/saisie',
    portfolio: () => '#/animateur/portfolio',
    portfolioEntry: (chainId: string) => `#/animateur/portfolio/${segment(chainId)}`,
    previews: () => '#/animateur/apercu',
    preview: (questionnaireId: string, version: string) =>
      `#/animateur/apercu/${segment(questionnaireId)}/${segment(version)}`,
  },
} as const;

/** The link of a parsed route: `linkTo(parseRoute(hash))` gives the canonical address back. */
export function linkTo(route: Route): string {
  switch (route.page) {
    case 'home':
      return links.home();
    case 'diagnosis':
      return links.diagnosis(route.id, route.step);
    case 'results':
      return links.results(route.id);
    case 'plan':
      return links.plan(route.id);
    case 'team':
      return links.team(route.id);
    case 'resume':
      return links.resume(route.id, route.token);
    case 'workshopJoin':
      return links.workshopJoin(route.code);
    case 'teamJoin':
      return links.teamJoin(route.code);
    case 'accessibility':
      return links.accessibility();
    case 'data':
      return links.data();
    case 'facilitator':
      return facilitatorLink(route.view);
  }
}

function facilitatorLink(route: FacilitatorRoute): string {
  const to = links.facilitator;
  switch (route.view) {
    case 'workshops':
      return to.workshops();
    case 'workshop':
      return to.workshop(route.workshopId);
    case 'participant':
      return to.participant(route.workshopId, route.responseId);
    case 'paperEntry':
      return to.paperEntry(route.workshopId);
    case 'portfolio':
      return to.portfolio();
    case 'portfolioEntry':
      return to.portfolioEntry(route.chainId);
    case 'previews':
      return to.previews();
    case 'preview':
      return to.preview(route.questionnaireId, route.version);
  }
}

function decode(part: string): string {
  try {
    return decodeURIComponent(part);
  } catch {
    return part;
  }
}

/** The page an address opens; anything unknown opens the home page, as it always did. */
export function parseRoute(hash: string): Route {
  const parts = hash.replace(/^#\/?/, '').split('/').map(decode);
  const [page, id, extra] = parts;
  if (page === 'reprendre' && id && extra) return { page: 'resume', id, token: extra };
  // Spaces and dashes typed in the address are ignored, as the server ignores them.
  if (page === 'atelier' && id) return { page: 'workshopJoin', code: normalizeJoinCode(id) };
  if (page === 'equipe' && id) return { page: 'teamJoin', code: id };
  if (page === 'animateur') return { page: 'facilitator', view: parseFacilitator(parts.slice(1)) };
  if (page === 'diagnostic' && id) {
    const step = Number(extra ?? 0);
    return { page: 'diagnosis', id, step: Number.isInteger(step) && step >= 0 ? step : 0 };
  }
  if (page === 'resultats' && id) return { page: 'results', id };
  if (page === 'plan' && id) return { page: 'plan', id };
  if (page === 'equipe-vue' && id) return { page: 'team', id };
  if (page === 'accessibilite') return { page: 'accessibility' };
  if (page === 'donnees') return { page: 'data' };
  return { page: 'home' };
}

function parseFacilitator(parts: string[]): FacilitatorRoute {
  const [section, id, sub, responseId] = parts;
  if (section === 'atelier' && id && sub === 'participant' && responseId)
    return { view: 'participant', workshopId: id, responseId };
  if (section === 'saisie') return { view: 'paperEntry' };
  if (section === 'atelier' && id && sub === 'saisie')
    return { view: 'paperEntry', workshopId: id };
  if (section === 'atelier' && id) return { view: 'workshop', workshopId: id };
  if (section === 'portfolio' && id) return { view: 'portfolioEntry', chainId: id };
  if (section === 'apercu' && id && sub)
    return { view: 'preview', questionnaireId: id, version: sub };
  if (section === 'apercu') return { view: 'previews' };
  if (section === 'portfolio') return { view: 'portfolio' };
  return { view: 'workshops' };
}
