import type { QuestionnaireInput } from '../domain/index.js';

const t = (fr: string, en: string) => ({ fr, en });

/**
 * A small, valid questionnaire to start from: two areas, the three kinds of scored question, a
 * context question, three levels and both kinds of recommendation trigger, in French and English.
 * `validate` finds no error and no warning in it (a test keeps it so). `schemaPath`: the JSON
 * Schema relative to the new file, for the editor; left out when the installation has none.
 */
export function questionnaireTemplate(id: string, schemaPath?: string): QuestionnaireInput {
  return {
    ...(schemaPath === undefined ? {} : { $schema: schemaPath }),
    id,
    version: '1.0.0',
    locales: ['fr', 'en'],
    defaultLocale: 'fr',
    title: t('Mon diagnostic numérique', 'My digital diagnosis'),
    description: t(
      'Un premier questionnaire à adapter : remplacez les textes par les vôtres.',
      'A first questionnaire to adapt: replace the texts with your own.',
    ),
    scoring: { coverageThreshold: 0.5, dontKnow: 'lowest' },
    areas: [
      {
        id: 'communication',
        title: t('Communication', 'Communication'),
        description: t('Se faire connaître en ligne.', 'Getting known online.'),
        weight: 2,
      },
      {
        id: 'volunteers',
        title: t('Bénévolat', 'Volunteering'),
        description: t('Trouver et garder des bénévoles.', 'Finding and keeping volunteers.'),
        weight: 1,
      },
    ],
    contextQuestions: [
      {
        id: 'budget',
        type: 'single',
        title: t(
          'Quel est le budget annuel de votre association ?',
          "What is your association's yearly budget?",
        ),
        options: [
          { id: 'under-10k', label: t('Moins de 10 000 €', 'Under €10,000') },
          { id: '10k-or-more', label: t('10 000 € ou plus', '€10,000 or more') },
        ],
      },
    ],
    questions: [
      {
        id: 'website',
        area: 'communication',
        type: 'single',
        title: t(
          'Votre association a-t-elle un site web ?',
          'Does your association have a website?',
        ),
        options: [
          { id: 'no', label: t('Non', 'No'), points: 0 },
          {
            id: 'outdated',
            label: t('Oui, mais rarement à jour', 'Yes, but rarely updated'),
            points: 1,
          },
          { id: 'yes', label: t('Oui, à jour', 'Yes, up to date'), points: 2 },
          { id: 'dont-know', label: t('Je ne sais pas', "I don't know"), kind: 'dontKnow' },
        ],
      },
      {
        id: 'channels',
        area: 'communication',
        type: 'multiple',
        title: t(
          'Par quels moyens informez-vous vos membres ?',
          'How do you keep your members informed?',
        ),
        options: [
          { id: 'email', label: t('Courriel', 'E-mail'), points: 1 },
          { id: 'newsletter', label: t("Lettre d'information", 'Newsletter'), points: 1 },
          { id: 'social', label: t('Réseaux sociaux', 'Social networks'), points: 1 },
          {
            id: 'none',
            label: t('Aucun de ces moyens', 'None of these'),
            points: 0,
            exclusive: true,
          },
        ],
      },
      {
        id: 'recruiting',
        area: 'volunteers',
        type: 'scale',
        title: t(
          'Trouver de nouveaux bénévoles est-il facile pour vous ?',
          'Is finding new volunteers easy for you?',
        ),
        min: 1,
        max: 5,
        labels: { min: t('Très difficile', 'Very hard'), max: t('Très facile', 'Very easy') },
      },
      {
        id: 'missions-online',
        area: 'volunteers',
        type: 'single',
        title: t(
          'Publiez-vous vos missions de bénévolat en ligne ?',
          'Do you post your volunteering missions online?',
        ),
        options: [
          { id: 'no', label: t('Non', 'No'), points: 0 },
          { id: 'yes', label: t('Oui', 'Yes'), points: 1 },
          {
            id: 'na',
            label: t('Nous ne cherchons pas de bénévoles', 'We are not looking for volunteers'),
            kind: 'notApplicable',
          },
        ],
      },
    ],
    levels: [
      {
        id: 'starting',
        min: 0,
        max: 40,
        title: t('Débutant', 'Starting'),
        description: t('Les bases restent à poser.', 'The basics are still to be laid.'),
      },
      {
        id: 'progressing',
        min: 40,
        max: 75,
        title: t('En progression', 'Progressing'),
        description: t('De bonnes pratiques, à consolider.', 'Good practices, to be strengthened.'),
      },
      {
        id: 'advanced',
        min: 75,
        max: 100,
        title: t('Avancé', 'Advanced'),
        description: t('Des pratiques solides à partager.', 'Solid practices to share.'),
      },
    ],
    recommendations: [
      {
        id: 'create-website',
        area: 'communication',
        title: t('Créer un site simple', 'Create a simple website'),
        text: t(
          'Une page claire qui présente vos actions et comment vous rejoindre suffit pour commencer.',
          'One clear page on what you do and how to join is enough to start.',
        ),
        effort: 'medium',
        impact: 'high',
        trigger: { answer: { question: 'website', anyOf: ['no'] } },
        resources: [{ title: t('Webassoc', 'Webassoc'), url: 'https://www.webassoc.org/' }],
      },
      {
        id: 'post-missions',
        area: 'volunteers',
        title: t('Publier vos missions de bénévolat', 'Post your volunteering missions'),
        text: t(
          'Décrivez chaque mission en quelques lignes et publiez-la sur une plateforme de bénévolat.',
          'Describe each mission in a few lines and post it on a volunteering platform.',
        ),
        effort: 'low',
        impact: 'high',
        trigger: { areaScore: { min: 0, max: 50 } },
        resources: [
          {
            title: t('France Bénévolat', 'France Bénévolat'),
            url: 'https://www.francebenevolat.org/',
          },
        ],
      },
    ],
  };
}
