import { describe, expect, test } from 'vitest';
import { links, linkTo, parseRoute, type Route } from '../../../web/src/routes.js';

const ID = '0b6f4d1e-3c2a-4e5f-9a8b-7c6d5e4f3a2b';

describe('the route table', () => {
  // These addresses are printed on QR codes and kept in volunteers' emails: they never change.
  test('when links are built, then they are the addresses the app has always used', () => {
    expect(links.home()).toBe('#/');
    expect(links.diagnosis(ID)).toBe(`#/diagnostic/${ID}/0`);
    expect(links.diagnosis(ID, 3)).toBe(`#/diagnostic/${ID}/3`);
    expect(links.results(ID)).toBe(`#/resultats/${ID}`);
    expect(links.plan(ID)).toBe(`#/plan/${ID}`);
    expect(links.team(ID)).toBe(`#/equipe-vue/${ID}`);
    expect(links.resume(ID, 'tok_en-123')).toBe(`#/reprendre/${ID}/tok_en-123`);
    expect(links.workshopJoin('K7M2QX')).toBe('#/atelier/K7M2QX');
    expect(links.teamJoin('invite-code')).toBe('#/equipe/invite-code');
    expect(links.accessibility()).toBe('#/accessibilite');
    expect(links.data()).toBe('#/donnees');
    expect(links.facilitator.workshops()).toBe('#/animateur');
    expect(links.facilitator.workshop('w1')).toBe('#/animateur/atelier/w1');
    expect(links.facilitator.participant('w1', 'r1')).toBe('#/animateur/atelier/w1/participant/r1');
    expect(links.facilitator.paperEntry()).toBe('#/animateur/saisie');
    expect(links.facilitator.paperEntry('w1')).toBe('#/animateur/atelier/w1/saisie');
    expect(links.facilitator.portfolio()).toBe('#/animateur/portfolio');
    expect(links.facilitator.portfolioEntry('c1')).toBe('#/animateur/portfolio/c1');
    expect(links.facilitator.previews()).toBe('#/animateur/apercu');
    expect(links.facilitator.preview('asso-numerique', '1.0.0')).toBe(
      '#/animateur/apercu/asso-numerique/1.0.0',
    );
  });

  test('when an address is parsed, then the route names its page and parameters', () => {
    expect(parseRoute('')).toEqual({ page: 'home' });
    expect(parseRoute('#/')).toEqual({ page: 'home' });
    expect(parseRoute(`#/diagnostic/${ID}/2`)).toEqual({ page: 'diagnosis', id: ID, step: 2 });
    expect(parseRoute(`#/resultats/${ID}`)).toEqual({ page: 'results', id: ID });
    expect(parseRoute(`#/reprendre/${ID}/secret`)).toEqual({
      page: 'resume',
      id: ID,
      token: 'secret',
    });
    expect(parseRoute('#/animateur/atelier/w1/participant/r1')).toEqual({
      page: 'facilitator',
      view: { view: 'participant', workshopId: 'w1', responseId: 'r1' },
    });
    expect(parseRoute('#/animateur/apercu/q/2.0.0')).toEqual({
      page: 'facilitator',
      view: { view: 'preview', questionnaireId: 'q', version: '2.0.0' },
    });
  });

  test('when a join code is typed in the address with spaces, dashes or lower case, then the route holds the code the server knows', () => {
    expect(parseRoute('#/atelier/k7m%202qx')).toEqual({ page: 'workshopJoin', code: 'K7M2QX' });
    expect(parseRoute('#/atelier/K7M-2QX')).toEqual({ page: 'workshopJoin', code: 'K7M2QX' });
  });

  test('when an address is unknown or incomplete, then it opens the home page or the facilitator workshops, as before', () => {
    expect(parseRoute('#/nowhere')).toEqual({ page: 'home' });
    expect(parseRoute('#/resultats')).toEqual({ page: 'home' });
    expect(parseRoute('#/reprendre/only-an-id')).toEqual({ page: 'home' });
    expect(parseRoute('#/animateur/nowhere')).toEqual({
      page: 'facilitator',
      view: { view: 'workshops' },
    });
  });

  test('when a step is not a whole number, then the diagnosis opens on its first step', () => {
    expect(parseRoute(`#/diagnostic/${ID}`)).toMatchObject({ step: 0 });
    expect(parseRoute(`#/diagnostic/${ID}/abc`)).toMatchObject({ step: 0 });
    expect(parseRoute(`#/diagnostic/${ID}/-1`)).toMatchObject({ step: 0 });
  });

  test('when every kind of route is linked then parsed, then it is the same route', () => {
    const routes: Route[] = [
      { page: 'home' },
      { page: 'diagnosis', id: ID, step: 4 },
      { page: 'results', id: ID },
      { page: 'plan', id: ID },
      { page: 'team', id: ID },
      { page: 'resume', id: ID, token: 'a-token_0123456789abcdef' },
      { page: 'workshopJoin', code: 'ABC123' },
      { page: 'teamJoin', code: 'xyz' },
      { page: 'accessibility' },
      { page: 'data' },
      { page: 'facilitator', view: { view: 'workshops' } },
      { page: 'facilitator', view: { view: 'workshop', workshopId: 'w' } },
      { page: 'facilitator', view: { view: 'participant', workshopId: 'w', responseId: 'r' } },
      { page: 'facilitator', view: { view: 'paperEntry' } },
      { page: 'facilitator', view: { view: 'paperEntry', workshopId: 'w' } },
      { page: 'facilitator', view: { view: 'portfolio' } },
      { page: 'facilitator', view: { view: 'portfolioEntry', chainId: 'c' } },
      { page: 'facilitator', view: { view: 'previews' } },
      { page: 'facilitator', view: { view: 'preview', questionnaireId: 'q', version: '1.0.0' } },
    ];
    for (const route of routes) expect(parseRoute(linkTo(route))).toEqual(route);
  });

  test('when a parameter holds a slash, then the link encodes it and the parser gives it back whole', () => {
    const link = links.facilitator.portfolioEntry('a/b');
    expect(link).toBe('#/animateur/portfolio/a%2Fb');
    expect(parseRoute(link)).toEqual({
      page: 'facilitator',
      view: { view: 'portfolioEntry', chainId: 'a/b' },
    });
  });
});
