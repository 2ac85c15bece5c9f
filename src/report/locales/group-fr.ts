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
    'La ligne épaisse relie les moyennes de chaque domaine\u202f; les lignes fines, les profils des associations.',
  radarAlt: 'Radar des moyennes par domaine. {scores}',
  radarScore: '{area}\u202f: moyenne {score} sur 100',
  radarNone: '{area}\u202f: aucun score',
  legendMean: 'Moyenne du groupe',
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
  share: 'Associations',
  shareValue: '{count} sur {total}',
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
