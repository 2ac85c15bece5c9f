// @vitest-environment happy-dom
import { cleanup, render, screen, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { setLocale } from '../../../web/src/i18n.js';
import { AccessibilityPage } from '../../../web/src/pages/accessibility-page.js';

const sectionNamed = (name: string) => screen.getByRole('region', { name });

describe('the accessibility statement', () => {
  beforeEach(async () => {
    location.hash = '#/accessibilite';
    await setLocale('fr');
  });
  afterEach(cleanup);

  test('when it opens in French, then it has the sections RGAA asks for, says "partiellement conforme" with the date and method of the last check, and takes the focus on its heading', () => {
    render(<AccessibilityPage />);
    const heading = screen.getByRole('heading', { level: 1 });
    expect(heading.textContent).toBe('Déclaration d’accessibilité');
    expect(document.activeElement).toBe(heading);
    expect(screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent)).toEqual([
      'État de conformité',
      'Résultats des tests',
      'Contenus non accessibles',
      'Dérogations pour charge disproportionnée',
      'Technologies utilisées',
      'Environnement de test',
      'Pages vérifiées',
      'Retour d’information et contact',
      'Voies de recours',
    ]);
    expect(sectionNamed('État de conformité').textContent).toContain(
      'AssoRadar est partiellement conforme avec le référentiel général d’amélioration de l’accessibilité (RGAA)',
    );
    const results = sectionNamed('Résultats des tests').textContent;
    expect(results).toContain('Dernière vérification : 2 décembre 2026.');
    expect(results).toContain('axe-core');
    expect(results).toContain('au clavier');
    // The known gaps, one item each.
    expect(
      within(sectionNamed('Contenus non accessibles')).getAllByRole('listitem').length,
    ).toBeGreaterThanOrEqual(5);
    expect(sectionNamed('Environnement de test').textContent).toContain('axe-core 4.14');
  });

  test('when a volunteer cannot reach some content, then the statement says whom to contact and gives the Défenseur des droits as remedy', () => {
    render(<AccessibilityPage />);
    expect(sectionNamed('Retour d’information et contact').textContent).toMatch(
      /contactez le responsable de ce service/,
    );
    const remedies = within(sectionNamed('Voies de recours'));
    expect(
      remedies.getByRole('link', { name: /Défenseur des droits \(formulaire en ligne\)/ }),
    ).toHaveProperty('href', 'https://formulaire.defenseurdesdroits.fr/');
    expect(remedies.getByRole('link', { name: /délégué/ })).toHaveProperty(
      'href',
      'https://www.defenseurdesdroits.fr/saisir/delegues',
    );
    expect(sectionNamed('Voies de recours').textContent).toContain('Libre réponse 71120');
    expect(screen.getByRole('link', { name: 'Retour à l’accueil' })).toHaveProperty(
      'href',
      expect.stringMatching(/#\/$/),
    );
  });

  test('when the page speaks English, then the statement is in English and still names the RGAA status', async () => {
    await setLocale('en');
    render(<AccessibilityPage />);
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Accessibility statement');
    expect(sectionNamed('Compliance status').textContent).toContain(
      'AssoRadar is partially compliant',
    );
    expect(sectionNamed('Test results').textContent).toContain('Last check: December 2, 2026.');
  });
});
