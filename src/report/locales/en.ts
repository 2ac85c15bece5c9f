import type { PersonTexts, ReportTexts } from './fr.js';

/** The report's own words in English. */
export const en: ReportTexts = {
  documentTitle: 'Digital diagnosis',
  subject: 'Digital maturity profile and action plan',
  runningHeader: '{questionnaire} · {association}',
  runningHeaderNoName: '{questionnaire}',
  page: 'Page {page} of {count}',
  cover: {
    kicker: 'Diagnosis report',
    forAssociation: 'For {association}',
    date: 'Diagnosis submitted on {date}',
    questionnaire: 'Questionnaire: {title}, version {version}',
    overallTitle: 'Overall index',
    overallScore: '{score} / 100',
    overallNone: 'Not enough answers to compute an overall index.',
    level: 'Level: {level}',
    coverage: 'Answers given: {percent} of the questions that count.',
    howToRead:
      'This report sums up your association’s answers, area by area, and proposes an action plan ranked by horizon. Bring it to your board or to the support centre that helps you.',
  },
  first: {
    title: 'Where to start',
    intro: {
      one: 'The first action we suggest to your association, chosen from its answers and its means.',
      other:
        'The first {count} actions we suggest to your association, chosen from its answers and its means.',
    },
    fullPlan:
      'The full action plan, with every proposal ranked by horizon, comes later in this report, after the detail of each area.',
    meta: 'Area: {area}   ·   Effort: {effort}',
    whyAnswer: 'Why: you answered “{answer}” to “{question}”.',
    whyArea: 'Why: the “{area}” area is at {score}\u00a0/\u00a0100.',
  },
  profile: {
    title: 'Your profile',
    intro:
      'Each axis is an area, from 0 at the centre to 100 at the edge. The grey rings mark the levels.',
    radarAlt: 'Radar chart of the scores by area. {scores}',
    radarScore: '{area}: {score} out of 100',
    radarNone: '{area}: not enough answers',
    legendResponse: 'Your association',
    legendPeers: 'Average of associations with the same budget ({count})',
    legendPrevious: 'Diagnosis of {date}',
    tableCaption: 'Scores by area',
    area: 'Area',
    score: 'Score',
    level: 'Level',
    levelsTitle: 'The levels',
    levelItem: '{title} ({min} to {max}): {description}',
  },
  progress: {
    title: 'Your progress',
    intro:
      'Since your diagnosis of {date}, area by area. Areas are matched by their id, even when the questionnaire has a new version.',
    area: 'Area',
    before: 'Before',
    after: 'Now',
    change: 'Change',
    level: 'Level',
    overall: 'Overall index',
    points: { one: '{sign}{points} point', other: '{sign}{points} points' },
    noChange: 'no change',
    levelChange: '{before} → {after}',
    levelSteps: '({sign}{steps})',
    newArea: 'new area',
    actionsDone: 'Actions done since',
    actionDone: '{title} — done on {date}',
  },
  area: {
    score: 'Score: {score} / 100',
    level: 'Level: {level}',
    insufficient:
      'Not enough answers in this area to give it a score ({percent} of the questions that count were answered).',
    notApplicable: 'No question of this area applies to your association.',
    insufficientShort: 'Not enough answers',
    notApplicableShort: 'Not applicable',
    answersTitle: 'What your answers show',
    strengths: 'Strengths',
    moreStrengths: {
      one: '… and {count} more strength',
      other: '… and {count} more strengths',
    },
    gaps: 'To work on',
    dontKnow: 'To check (answered “I don’t know”)',
    noFindings: 'Your answers in this area are in between: no clear strength, no clear gap.',
    finding: '{question} — {answer}',
    nextTitle: 'To reach the “{level}” level ({points})',
    nextStep: '{question} — answer “{answer}” ({points})',
    nextPoints: { one: '+{points} point', other: '+{points} points' },
    nextReached: {
      one: 'This answer is enough to reach that level.',
      other: 'Together, these answers are enough to reach that level.',
    },
    nextNotEnough: {
      one: 'This answer brings the area closer to the next level without reaching it on its own.',
      other:
        'These answers bring the area closer to the next level without reaching it on their own.',
    },
    recommendationsTitle: 'Recommendations',
    recommendationsList: '{titles} (details in the action plan).',
    listSeparator: '; ',
    noRecommendations: 'No recommendation in this area.',
  },
  ownedPlan: {
    title: 'Our action plan',
    intro:
      'The plan the association made its own: its priority areas and its own actions, with who takes them on and by when. The diagnosis’s proposals follow.',
    priorities: 'Our priorities: {areas}.',
    noActions: 'No action is in the plan yet.',
    action: 'Action',
    who: 'Who',
    due: 'By',
    cost: 'Cost',
    status: 'Status',
    inArea: 'Area: {area}',
    none: '—',
    costs: { free: 'free', paid: 'paid' },
    statuses: { planned: 'planned', in_progress: 'in progress', done: 'done' },
  },
  plan: {
    title: 'Action plan',
    intro:
      'Actions are ranked by horizon, then by priority: those that bring the most for the least effort come first.',
    empty:
      'No recommendation applies to your answers: well done! Keep this report to measure your progress at your next diagnosis.',
    horizons: {
      quickWin: 'Quick wins',
      threeMonths: 'Within three months',
      oneYear: 'Within a year',
    },
    action: 'Action',
    area: 'Area',
    inArea: 'Area: {area}',
    effort: 'Effort',
    impact: 'Impact',
    resources: 'Resources',
    grades: { low: 'low', medium: 'medium', high: 'high' },
  },
  help: {
    title: 'Where to get help',
    intro: 'You are not alone. These organisations help associations, often for free.',
    entries: [
      {
        name: 'Support centres (CRIB and PAVA)',
        text: 'France’s volunteer resource and information centres (CRIB) and association support points (PAVA) advise volunteer leaders for free, near you. Your town hall or your département’s association service will tell you the nearest one.',
        url: 'https://www.associations.gouv.fr/les-centres-de-ressources-et-d-information-des-benevoles-crib.html',
      },
      {
        name: 'OpenAsso',
        text: 'A free question-and-answer platform where association leaders and some fifty experts answer practical questions: communication, accounting, law, digital, human resources.',
        url: 'https://openasso.org',
      },
      {
        name: 'Solidatech',
        text: 'A digital solidarity programme: discounted software, refurbished equipment, resources, training and its own digital diagnosis.',
        url: 'https://www.solidatech.fr',
      },
      {
        name: 'Webassoc',
        text: 'About 1,000 web professionals who volunteer to help humanitarian, social and environmental associations (websites, social networks, tools).',
        url: 'https://www.webassoc.org',
      },
      {
        name: 'Volunteering platforms',
        text: 'Post your missions to find new volunteers: France Bénévolat, Tous Bénévoles, Bénénova, Diffuz.',
        url: 'https://www.francebenevolat.org',
        more: [
          { title: 'Tous Bénévoles', url: 'https://www.tousbenevoles.org' },
          { title: 'Bénénova', url: 'https://www.benenova.fr' },
          { title: 'Diffuz', url: 'https://www.diffuz.com' },
        ],
      },
      {
        name: 'The CNIL, for the GDPR',
        text: 'France’s data protection authority explains step by step how to protect the personal data of your members, donors and volunteers.',
        url: 'https://www.cnil.fr/fr/rgpd-par-ou-commencer',
      },
    ],
    closing:
      'This report was made by AssoRadar, a free and open digital diagnosis tool for associations.',
  },
};

export const enPerson: PersonTexts = {
  howToRead:
    'This report sums up your answers, area by area, and proposes an action plan ranked by horizon. Keep it to follow your progress, or bring it to whoever supports you.',
  legendResponse: 'Your answers',
  firstIntro: {
    one: 'The first action we suggest to you, chosen from your answers and your means.',
    other: 'The first {count} actions we suggest to you, chosen from your answers and your means.',
  },
  notApplicable: 'No question of this area applies to you.',
  ownedPlanTitle: 'My action plan',
  ownedPlanIntro:
    'The plan you made your own: your priority areas and your own actions, with who takes them on and by when. The diagnosis’s proposals follow.',
  priorities: 'My priorities: {areas}.',
};
