/*
 * The blank paper questionnaire's own words in French (the questionnaire brings its texts).
 * French typography: a narrow no-break space (U+202F) before ":", "?" and "!" and inside « ».
 */
export const paperFr = {
  documentTitle: 'Questionnaire papier',
  subject: 'Questionnaire à remplir à la main, avec sa grille de calcul',
  runningHeader: '{questionnaire} · version {version} · questionnaire papier',
  page: 'Page {page} sur {count}',
  kicker: 'Questionnaire à remplir à la main',
  version: 'Version {version} (questionnaire «\u202f{id}\u202f»)',
  associationName: 'Nom de l’association\u202f:',
  date: 'Date\u202f:',
  filledBy: 'Rempli par\u202f:',
  howTitle: 'Comment le remplir',
  how: [
    'Cochez une case par question, sauf quand il est écrit «\u202fplusieurs réponses possibles\u202f».',
    'Pour une échelle, cochez le chiffre qui vous ressemble le plus.',
    'Une question précédée de «\u202fSi vous avez répondu…\u202f» ne se remplit que dans ce cas\u202f: sinon, passez-la.',
    'Si vous ne savez pas, cochez «\u202fJe ne sais pas\u202f» quand la case existe, ou laissez la question vide.',
    'Rendez la feuille à la personne qui anime le diagnostic\u202f: elle saisira vos réponses et vous remettra un lien pour voir vos résultats et votre plan d’action.',
  ],
  contextTitle: 'Votre association',
  contextIntro:
    'Ces questions ne comptent pas dans le score\u202f: elles situent votre association.',
  questionTitle: '{number}. {title}',
  single: 'Une seule réponse',
  multiple: 'Plusieurs réponses possibles',
  scale: 'Cochez un chiffre de {min} à {max}',
  conditionAnyOf: 'Si vous avez répondu {answers} à la question {number}\u202f:',
  conditionRange: 'Si votre réponse à la question {number} va de {min} à {max}\u202f:',
  conditionMin: 'Si votre réponse à la question {number} est au moins {min}\u202f:',
  conditionMax: 'Si votre réponse à la question {number} est au plus {max}\u202f:',
  quote: '«\u202f{text}\u202f»',
  or: ' ou ',
  gridTitle: 'La grille de calcul',
  gridIntro:
    'Pour la personne qui anime\u202f: comment les réponses deviennent des scores. AssoRadar fait ce calcul quand les réponses sont saisies.',
  computeTitle: 'Comment le score est calculé',
  compute: [
    'Chaque question vaut les points de la réponse cochée, divisés par les points de la meilleure réponse (pour plusieurs réponses possibles, la somme des cases cochées, divisée par la somme possible)\u202f; une échelle va de 0 (le plus petit chiffre) à 1 (le plus grand).',
    'Le score d’un domaine est la moyenne de ses questions, pondérée par leur poids, ramenée sur 100. Une question masquée ou «\u202fNon concerné\u202f» ne compte pas.',
    'Un domaine n’a de score que si au moins {threshold} du poids de ses questions a une réponse.',
    'L’indice global est la moyenne des domaines qui ont un score, pondérée par le poids de chaque domaine.',
  ],
  dontKnowLowest: '«\u202fJe ne sais pas\u202f» compte comme la réponse la plus basse.',
  dontKnowExclude: '«\u202fJe ne sais pas\u202f» ne compte pas dans le calcul.',
  areasTitle: 'Les domaines et leur poids',
  area: 'Domaine',
  weight: 'Poids',
  questionsOf: 'Questions',
  pointsTitle: 'Les points de chaque réponse',
  question: 'Question',
  answers: 'Réponses et points',
  optionPoints: '{label}\u202f: {points}',
  optionLowest: '{label}\u202f: comme la réponse la plus basse',
  optionNoPoints: '{label}\u202f: ne compte pas',
  scalePoints: '{min} = 0 … {max} = 1 (proportionnel)',
  levelsTitle: 'Les niveaux',
  levelItem: '{title} ({min} à {max})\u202f: {description}',
};

export type PaperTexts = typeof paperFr;
