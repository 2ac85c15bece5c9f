/*
 * The report's own words in French (the questionnaire brings its texts already translated).
 * French typography: a narrow no-break space (U+202F) before ":", "?" and "!" and inside « ».
 */
export const fr = {
  documentTitle: 'Diagnostic numérique',
  subject: 'Profil de maturité numérique et plan d’action',
  runningHeader: '{questionnaire} · {association}',
  runningHeaderNoName: '{questionnaire}',
  page: 'Page {page} sur {count}',
  cover: {
    kicker: 'Rapport de diagnostic',
    forAssociation: 'Pour {association}',
    date: 'Diagnostic envoyé le {date}',
    questionnaire: 'Questionnaire\u202f: {title}, version {version}',
    overallTitle: 'Indice global',
    overallScore: '{score} / 100',
    overallNone: 'Pas assez de réponses pour calculer un indice global.',
    level: 'Niveau\u202f: {level}',
    coverage: 'Réponses données\u202f: {percent} des questions qui comptent.',
    howToRead:
      'Ce rapport résume les réponses de votre association, domaine par domaine, et propose un plan d’action classé par échéance. Apportez-le à votre conseil d’administration ou au centre de ressources qui vous accompagne.',
  },
  first: {
    title: 'Par où commencer',
    intro: {
      one: 'La première action que nous proposons à votre association, choisie d’après ses réponses et ses moyens.',
      other:
        'Les {count} premières actions que nous proposons à votre association, choisies d’après ses réponses et ses moyens.',
    },
    fullPlan:
      'Le plan d’action complet, avec toutes les propositions classées par échéance, vient plus loin dans ce rapport, après le détail de chaque domaine.',
    meta: 'Domaine\u202f: {area}   ·   Effort\u202f: {effort}',
    whyAnswer:
      'Pourquoi\u202f: vous avez répondu «\u202f{answer}\u202f» à «\u202f{question}\u202f».',
    whyArea: 'Pourquoi\u202f: le domaine «\u202f{area}\u202f» est à {score}\u00a0/\u00a0100.',
  },
  profile: {
    title: 'Votre profil',
    intro:
      'Chaque axe est un domaine, de 0 au centre à 100 au bord. Les anneaux grisés marquent les niveaux.',
    radarAlt: 'Radar des scores par domaine. {scores}',
    radarScore: '{area}\u202f: {score} sur 100',
    radarNone: '{area}\u202f: pas assez de réponses',
    legendResponse: 'Votre association',
    legendPeers: 'Moyenne des associations de même budget ({count})',
    legendPrevious: 'Diagnostic du {date}',
    tableCaption: 'Scores par domaine',
    area: 'Domaine',
    score: 'Score',
    level: 'Niveau',
    levelsTitle: 'Les niveaux',
    levelItem: '{title} ({min} à {max})\u202f: {description}',
  },
  progress: {
    title: 'Vos progrès',
    intro:
      'Depuis votre diagnostic du {date}, domaine par domaine. Les domaines sont comparés par leur identifiant, même si le questionnaire a changé de version.',
    area: 'Domaine',
    before: 'Avant',
    after: 'Maintenant',
    change: 'Évolution',
    level: 'Niveau',
    overall: 'Indice global',
    points: { one: '{sign}{points} point', other: '{sign}{points} points' },
    noChange: 'stable',
    levelChange: '{before} → {after}',
    levelSteps: '({sign}{steps})',
    newArea: 'nouveau domaine',
    actionsDone: 'Actions réalisées depuis',
    actionDone: '{title} — faite le {date}',
  },
  area: {
    score: 'Score\u202f: {score} / 100',
    level: 'Niveau\u202f: {level}',
    insufficient:
      'Pas assez de réponses dans ce domaine pour lui donner un score ({percent} des questions qui comptent ont une réponse).',
    notApplicable: 'Aucune question de ce domaine ne concerne votre association.',
    insufficientShort: 'Pas assez de réponses',
    notApplicableShort: 'Non concerné',
    answersTitle: 'Ce que montrent vos réponses',
    strengths: 'Points forts',
    moreStrengths: {
      one: '… et {count} autre point fort',
      other: '… et {count} autres points forts',
    },
    gaps: 'À travailler',
    dontKnow: 'À vérifier (réponse «\u202fJe ne sais pas\u202f»)',
    noFindings:
      'Vos réponses dans ce domaine sont intermédiaires\u202f: ni point fort net, ni manque net.',
    finding: '{question} — {answer}',
    nextTitle: 'Pour passer au niveau «\u202f{level}\u202f» ({points})',
    nextStep: '{question} — répondre «\u202f{answer}\u202f» ({points})',
    nextPoints: { one: '+{points} point', other: '+{points} points' },
    nextReached: {
      one: 'Cette réponse suffit pour atteindre ce niveau.',
      other: 'Ensemble, ces réponses suffisent pour atteindre ce niveau.',
    },
    nextNotEnough: {
      one: 'Cette réponse rapproche du niveau suivant sans l’atteindre à elle seule.',
      other: 'Ces réponses rapprochent du niveau suivant sans l’atteindre à elles seules.',
    },
    recommendationsTitle: 'Recommandations',
    recommendationsList: '{titles} (détails dans le plan d’action).',
    listSeparator: '\u202f; ',
    noRecommendations: 'Aucune recommandation dans ce domaine.',
  },
  ownedPlan: {
    title: 'Notre plan d’action',
    intro:
      'Le plan que l’association s’est donné\u202f: ses domaines prioritaires et ses propres actions, avec qui s’en charge et pour quand. Les propositions du diagnostic suivent.',
    priorities: 'Nos priorités\u202f: {areas}.',
    noActions: 'Aucune action n’est encore inscrite au plan.',
    action: 'Action',
    who: 'Qui',
    due: 'Pour le',
    cost: 'Coût',
    status: 'Avancement',
    inArea: 'Domaine\u202f: {area}',
    none: '—',
    costs: { free: 'gratuit', paid: 'payant' },
    statuses: { planned: 'prévue', in_progress: 'en cours', done: 'faite' },
  },
  plan: {
    title: 'Plan d’action',
    intro:
      'Les actions sont classées par échéance puis par priorité\u202f: celles qui rapportent le plus pour le moins d’effort viennent d’abord.',
    empty:
      'Aucune recommandation ne s’applique à vos réponses\u202f: bravo\u202f! Gardez ce rapport pour mesurer vos progrès lors du prochain diagnostic.',
    horizons: {
      quickWin: 'Actions rapides',
      threeMonths: 'Dans les trois mois',
      oneYear: 'Dans l’année',
    },
    action: 'Action',
    area: 'Domaine',
    inArea: 'Domaine\u202f: {area}',
    effort: 'Effort',
    impact: 'Impact',
    resources: 'Ressources',
    grades: { low: 'faible', medium: 'moyen', high: 'fort' },
  },
  help: {
    title: 'Où trouver de l’aide',
    intro:
      'Vous n’êtes pas seuls. Ces structures accompagnent les associations, souvent gratuitement.',
    entries: [
      {
        name: 'Les centres de ressources (CRIB et PAVA)',
        text: 'Les Centres de ressources et d’information des bénévoles et les Points d’appui à la vie associative conseillent gratuitement les dirigeants bénévoles, près de chez vous. Votre mairie ou votre service départemental à la vie associative vous indiquera le plus proche.',
        url: 'https://www.associations.gouv.fr/les-centres-de-ressources-et-d-information-des-benevoles-crib.html',
      },
      {
        name: 'OpenAsso',
        text: 'Une plateforme gratuite de questions-réponses où des dirigeants d’association et une cinquantaine d’experts répondent à vos questions pratiques\u202f: communication, comptabilité, droit, numérique, ressources humaines.',
        url: 'https://openasso.org',
      },
      {
        name: 'Solidatech',
        text: 'Un programme de solidarité numérique\u202f: logiciels à tarif réduit, matériel reconditionné, ressources, formations et son propre diagnostic numérique.',
        url: 'https://www.solidatech.fr',
      },
      {
        name: 'Webassoc',
        text: 'Environ 1\u202f000 professionnels du web bénévoles qui aident les associations humanitaires, sociales et environnementales (site, réseaux sociaux, outils).',
        url: 'https://www.webassoc.org',
      },
      {
        name: 'Les plateformes de bénévolat',
        text: 'Publiez vos missions pour trouver de nouveaux bénévoles\u202f: France Bénévolat, Tous Bénévoles, Bénénova, Diffuz.',
        url: 'https://www.francebenevolat.org',
        more: [
          { title: 'Tous Bénévoles', url: 'https://www.tousbenevoles.org' },
          { title: 'Bénénova', url: 'https://www.benenova.fr' },
          { title: 'Diffuz', url: 'https://www.diffuz.com' },
        ],
      },
      {
        name: 'La CNIL, pour le RGPD',
        text: 'La Commission nationale de l’informatique et des libertés explique pas à pas comment protéger les données personnelles de vos adhérents, donateurs et bénévoles.',
        url: 'https://www.cnil.fr/fr/rgpd-par-ou-commencer',
      },
    ],
    closing:
      'Ce rapport a été produit par AssoRadar, un outil libre de diagnostic numérique pour les associations.',
  },
  /** The exports' words (CSV and workbook): headers, coded values, the codebook's sheet. */
  exports: {
    words: {
      association: 'Association',
      status: 'Statut',
      startedAt: 'Commencé le',
      submittedAt: 'Envoyé le',
      overallScore: 'Indice global',
      overallLevel: 'Niveau global',
      areaLevel: 'Niveau — {area}',
      answersShared: 'Réponses partagées',
      statusDraft: 'En cours',
      statusSubmitted: 'Envoyé',
      yes: 'Oui',
      no: 'Non',
      questionnaire: 'Questionnaire',
      version: 'Version',
      sharedSince: 'Partagé depuis le',
      latestSubmittedAt: 'Dernier diagnostic envoyé le',
      previousSubmittedAt: 'Diagnostic précédent envoyé le',
      overallPoints: 'Évolution — Indice global (points)',
      overallLevelSteps: 'Évolution — Niveau global (niveaux)',
      planPlanned: 'Actions prévues',
      planInProgress: 'Actions en cours',
      planDone: 'Actions faites',
      areaPoints: 'Évolution — {area} (points)',
      responsesSheet: 'Réponses',
      associationsSheet: 'Associations',
    },
    /** After the header of a date and time, which the export writes in Paris local time. */
    inParisTime: '{heading} (heure de Paris)',
    /** Between the labels of a multiple choice's options. */
    listSeparator: ' ; ',
    /** The format Excel shows a date and time in (its own codes, not the locale's). */
    dateTimeFormat: 'dd/mm/yyyy hh:mm:ss',
    codebook: {
      sheet: 'Codes',
      column: 'Colonne (identifiant)',
      heading: 'Intitulé',
      type: 'Type',
      values: 'Valeurs',
      code: 'Code',
      label: 'Libellé',
      text: 'texte',
      number: 'nombre',
      dateTime: 'date et heure',
      coded: 'code',
      codedMultiple:
        'codes (plusieurs, séparés par des virgules dans le CSV avec les identifiants)',
      range: 'de {min} à {max}',
      dateTimeValues:
        'heure de Paris dans ce classeur et le CSV, ISO 8601 en UTC dans le CSV avec les identifiants',
    },
  },
};

/**
 * What changes when one person answers for themselves (`respondent: "person"`): the texts that
 * speak to an association as "you" or "we".
 */
export const frPerson = {
  howToRead:
    'Ce rapport résume vos réponses, domaine par domaine, et propose un plan d’action classé par échéance. Gardez-le pour suivre vos progrès, ou apportez-le à la personne qui vous accompagne.',
  legendResponse: 'Vos réponses',
  firstIntro: {
    one: 'La première action que nous vous proposons, choisie d’après vos réponses et vos moyens.',
    other:
      'Les {count} premières actions que nous vous proposons, choisies d’après vos réponses et vos moyens.',
  },
  notApplicable: 'Aucune question de ce domaine ne vous concerne.',
  ownedPlanTitle: 'Mon plan d’action',
  ownedPlanIntro:
    'Le plan que vous vous êtes donné\u202f: vos domaines prioritaires et vos propres actions, avec qui s’en charge et pour quand. Les propositions du diagnostic suivent.',
  priorities: 'Mes priorités\u202f: {areas}.',
};

export type ReportTexts = typeof fr;
export type PersonTexts = typeof frPerson;
