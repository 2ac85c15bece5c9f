import { en, enPerson } from './locales/en.js';
import { fr, frPerson, type PersonTexts, type ReportTexts } from './locales/fr.js';

const TEXTS: Record<string, ReportTexts> = { fr, en };
const PERSON_TEXTS: Record<string, PersonTexts> = { fr: frPerson, en: enPerson };

/**
 * The report's words in a locale; French, the product's first language, otherwise. For a
 * questionnaire one person answers, the texts that speak to an association speak to them.
 */
export function reportTexts(
  locale: string,
  respondent: 'association' | 'person' = 'association',
): ReportTexts {
  const texts = TEXTS[locale] ?? fr;
  if (respondent === 'association') return texts;
  const person = PERSON_TEXTS[locale] ?? frPerson;
  return {
    ...texts,
    cover: { ...texts.cover, howToRead: person.howToRead },
    first: { ...texts.first, intro: person.firstIntro },
    profile: { ...texts.profile, legendResponse: person.legendResponse },
    area: { ...texts.area, notApplicable: person.notApplicable },
    ownedPlan: {
      ...texts.ownedPlan,
      title: person.ownedPlanTitle,
      intro: person.ownedPlanIntro,
      priorities: person.priorities,
    },
  };
}

/** Fills `{name}` placeholders; an unknown one stays visible rather than vanishing. */
export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.hasOwn(values, name) ? String(values[name]) : whole,
  );
}

export type { ReportTexts };
