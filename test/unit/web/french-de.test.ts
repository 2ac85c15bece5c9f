import { describe, expect, test } from 'vitest';
import { frenchDe } from '../../../web/src/french-de.js';

describe('"de" before a name in French', () => {
  test.each([
    ['Les Amis de l’École', 'des Amis de l’École'],
    ['les amis du quartier', 'des amis du quartier'],
    ['Le Club des aînés', 'du Club des aînés'],
    ['La Ligue de l’enseignement', 'de la Ligue de l’enseignement'],
    ['L’Union sportive', 'de l’Union sportive'],
    ["L'Atelier vélo", 'de l’Atelier vélo'],
    ['Amis du vélo', 'd’Amis du vélo'],
    ['Anne', 'd’Anne'],
    ['École ouverte', 'd’École ouverte'],
    ['Yourte et partage', 'd’Yourte et partage'],
    ['Solidarité Paysans', 'de Solidarité Paysans'],
    ['Lemon Tree', 'de Lemon Tree'],
    ['Lesbos Accueil', 'de Lesbos Accueil'],
    ['Habitat et Humanisme', 'de Habitat et Humanisme'],
  ])('when the name is "%s", then it reads "%s"', (name, expected) => {
    expect(frenchDe(name)).toBe(expected);
  });
});
