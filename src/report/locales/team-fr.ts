/**
 * The team report's own words in French (U+202F before ":" as French typography wants). A
 * counted phrase has its two forms, chosen by the locale's plural rules (reportFormat's
 * `plural`; in French, 0 and 1 take the first).
 */
export const teamFr = {
  documentTitle: 'Diagnostic en équipe',
  subject: 'Profil numérique d’une association, vu par plusieurs de ses membres',
  kicker: 'Diagnostic en équipe',
  unnamedAssociation: 'Notre association',
  questionnaire: 'Questionnaire\u202f: {title}, version {version}',
  membersCount: { one: '{count} membre dans l’équipe', other: '{count} membres dans l’équipe' },
  submittedCount: { one: '{count} diagnostic envoyé', other: '{count} diagnostics envoyés' },
  countsSeparator: ' · ',
  overall: {
    one: 'Indice global de l’équipe\u202f: {score} / 100, {level} (moyenne de {count} membre)',
    other: 'Indice global de l’équipe\u202f: {score} / 100, {level} (moyenne de {count} membres)',
  },
  overallNone: 'Aucun membre n’a encore envoyé son diagnostic.',
  profileTitle: 'Le profil de l’équipe',
  profileIntro:
    'La ligne épaisse relie les moyennes de chaque domaine, la bande va du score le plus bas au plus haut, et chaque ligne grise est le profil d’un membre.',
  radarAlt: 'Radar des moyennes de l’équipe par domaine. {scores}',
  radarScore: '{area}\u202f: moyenne {score} sur 100',
  radarNone: '{area}\u202f: aucun score',
  legendMean: 'Moyenne de l’équipe',
  legendRange: 'Du plus bas au plus haut',
  legendMembers: 'Chaque membre',
  areaTable: 'Domaine par domaine',
  areaTableIntro:
    'La moyenne des membres qui ont un score dans le domaine, du plus bas au plus haut, et l’écart type\u202f: plus il est grand, moins l’équipe est d’accord.',
  area: 'Domaine',
  mean: 'Moyenne',
  level: 'Niveau',
  range: 'Du plus bas au plus haut',
  spread: 'Écart type',
  count: 'Membres',
  topicsTitle: 'Les sujets à discuter',
  topicsIntro:
    'Les questions où les réponses des membres s’écartent le plus. Au-delà d’un écart type de {threshold} points sur 100, la question est à discuter en bureau. Seul le nombre de membres par réponse est donné, jamais qui a répondu quoi.',
  topicsEmpty: 'Les membres ont répondu de la même façon\u202f: aucun désaccord à discuter.',
  question: 'Question',
  answers: 'Réponses',
  divergence: 'Écart',
  toDiscuss: 'À discuter',
  answerCount: '{answer}\u202f: {count}',
  agreementsTitle: 'Les niveaux retenus par le bureau',
  agreementsIntro:
    'Après discussion, le niveau sur lequel l’association s’accorde pour chaque domaine, avec une note.',
  agreementsEmpty: 'Aucun niveau retenu pour l’instant.',
  agreed: 'Niveau retenu',
  note: 'Note',
  membersTitle: 'Les membres',
  member: 'Membre',
  memberNumber: 'Membre {number}',
  status: 'État',
  submitted: 'Envoyé',
  inProgress: 'En cours',
  overallScore: 'Indice',
};

export type TeamTexts = typeof teamFr;
