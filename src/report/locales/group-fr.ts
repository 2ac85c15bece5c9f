/**
 * The group report's own words in French (U+202F before ":" as French typography wants). A
 * counted phrase has its two forms, chosen by the locale's plural rules (reportFormat's
 * `plural`; in French, 0 and 1 take the first).
 */
export const groupFr = {
  documentTitle: 'Atelier — profil du groupe',
  subject: 'Profil numérique d’un groupe d’associations et priorités partagées',
  kicker: 'Rapport d’atelier',
  date: 'Atelier du {date}',
  questionnaire: 'Questionnaire\u202f: {title}, version {version}',
  joinedCount: { one: '{count} association inscrite', other: '{count} associations inscrites' },
  submittedCount: { one: '{count} diagnostic envoyé', other: '{count} diagnostics envoyés' },
  /** "en cours" does not agree with its count. */
  inProgressCount: '{count} en cours',
  countsSeparator: ' · ',
  overall: {
    one: 'Indice global moyen\u202f: {score} / 100 (sur {count} diagnostic)',
    other: 'Indice global moyen\u202f: {score} / 100 (sur {count} diagnostics)',
  },
  overallNone: 'Aucun diagnostic envoyé pour l’instant.',
  profileTitle: 'Le profil du groupe',
  profileIntro:
    'La ligne épaisse relie les moyennes de chaque domaine, la bande va du score le plus bas au plus haut, et chaque ligne grise est le profil d’une association.',
  radarAlt: 'Radar des moyennes par domaine. {scores}',
  radarScore: '{area}\u202f: moyenne {score} sur 100',
  radarNone: '{area}\u202f: aucun score',
  legendMean: 'Moyenne du groupe',
  legendRange: 'Du plus bas au plus haut',
  legendMembers: 'Chaque association',
  areaTable: 'Moyennes par domaine',
  area: 'Domaine',
  mean: 'Moyenne',
  range: 'Du plus bas au plus haut',
  spread: 'Écart type',
  count: 'Nombre',
  levelsTitle: 'Combien d’associations à chaque niveau',
  prioritiesTitle: 'Les priorités partagées',
  prioritiesIntro:
    'Les recommandations qui reviennent pour le plus d’associations\u202f: de bons sujets à travailler ensemble.',
  prioritiesEmpty: 'Aucune recommandation commune pour l’instant.',
  morePriorities: {
    one: '… et {count} autre recommandation, moins partagée.',
    other: '… et {count} autres recommandations, moins partagées.',
  },
  recommendation: 'Recommandation',
  agendaTitle: 'Sujets de discussion',
  agendaIntro:
    'De quoi parler ensemble\u202f: les questions où les avis divergent le plus, puis les recommandations que le plus d’associations partagent.',
  divergentTitle: 'Où les avis divergent',
  divergentBasis: {
    one: 'D’après {count} réponse partagée.',
    other: 'D’après {count} réponses partagées.',
  },
  divergentLatest: {
    one: 'D’après la dernière réponse partagée.',
    other: 'D’après les {count} réponses partagées les plus récentes.',
  },
  divergentIntro:
    'Seules comptent les réponses des associations qui ont accepté de les partager, et seulement en nombre\u202f: jamais qui a répondu quoi. L’écart est la différence moyenne entre les réponses de deux associations, de 0 (toutes pareilles) à 100 (la meilleure réponse contre la pire). «\u202fJe ne sais pas\u202f» et «\u202fnon concerné\u202f» ne comptent pas.',
  divergentTooFew: {
    one: 'Pas encore de quoi comparer les avis\u202f: il faut au moins {minimum} diagnostics envoyés avec leurs réponses partagées, et il y en a {count}.',
    other:
      'Pas encore de quoi comparer les avis\u202f: il faut au moins {minimum} diagnostics envoyés avec leurs réponses partagées, et il y en a {count}.',
  },
  divergentNone: {
    one: 'La réponse partagée ne peut être comparée à aucune autre.',
    other:
      'Les {count} réponses partagées concordent sur chaque question\u202f: aucun désaccord à discuter.',
  },
  question: 'Question',
  answers: 'Réponses',
  gap: 'Écart',
  gapValue: '{gap} / 100',
  answerCount: '{answer}\u202f: {count}',
  answeredCount: { one: '{count} réponse', other: '{count} réponses' },
  sharedByHeader: 'Concerne',
  sharedBy: {
    one: '{count} association sur {total}',
    other: '{count} associations sur {total}',
  },
  participantsTitle: 'Les participants',
  participant: 'Association',
  status: 'État',
  submitted: 'Envoyé',
  inProgress: 'En cours',
  overallScore: 'Indice',
  level: 'Niveau',
  unnamed: 'Association sans nom',
};

export type GroupTexts = typeof groupFr;
