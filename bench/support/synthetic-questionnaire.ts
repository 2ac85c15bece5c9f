import { Questionnaire } from '../../src/domain/index.js';

const text = (s: string) => ({ fr: s, en: s });

/**
 * A questionnaire of `areas` x `perArea` questions mixing single choice, multiple choice and
 * scales, with one condition an area: the shape of a real 60-question diagnosis.
 */
export function syntheticQuestionnaire(areas = 10, perArea = 6): Questionnaire {
  const questions = [];
  for (let a = 0; a < areas; a += 1) {
    for (let q = 0; q < perArea; q += 1) {
      const id = `a${a}q${q}`;
      const base = {
        id,
        area: `a${a}`,
        title: text(id),
        weight: 1 + (q % 3),
        ...(q === 1 ? { showIf: { question: `a${a}q0`, anyOf: ['o1', 'o2', 'o3'] } } : {}),
      };
      if (q % 3 === 2) questions.push({ ...base, type: 'scale', min: 0, max: 4 });
      else if (q % 3 === 1) {
        questions.push({
          ...base,
          type: 'multiple',
          options: [0, 1, 2, 3].map((o) => ({ id: `o${o}`, label: text(`o${o}`), points: o + 1 })),
        });
      } else {
        questions.push({
          ...base,
          type: 'single',
          options: [
            ...[0, 1, 2, 3].map((o) => ({ id: `o${o}`, label: text(`o${o}`), points: o })),
            { id: 'dk', label: text('dk'), kind: 'dontKnow' },
            { id: 'na', label: text('na'), kind: 'notApplicable' },
          ],
        });
      }
    }
  }
  return Questionnaire.parse({
    id: 'synthetic',
    version: '1.0.0',
    locales: ['fr', 'en'],
    defaultLocale: 'fr',
    title: text('Synthetic'),
    description: text('Synthetic'),
    areas: Array.from({ length: areas }, (_, a) => ({
      id: `a${a}`,
      title: text(`a${a}`),
      description: text('d'),
    })),
    questions,
    levels: [0, 25, 50, 75].map((min, i) => ({
      id: `l${i}`,
      min,
      max: min + 25,
      title: text(`l${i}`),
      description: text(`l${i}`),
    })),
  });
}
