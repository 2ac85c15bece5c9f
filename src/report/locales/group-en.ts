import type { GroupTexts } from './group-fr.js';

/** The group report's own words in English. */
export const groupEn: GroupTexts = {
  documentTitle: 'Workshop — group profile',
  subject: 'Digital profile of a group of associations and shared priorities',
  kicker: 'Workshop report',
  date: 'Workshop of {date}',
  questionnaire: 'Questionnaire: {title}, version {version}',
  joinedCount: { one: '{count} association joined', other: '{count} associations joined' },
  submittedCount: { one: '{count} diagnosis submitted', other: '{count} diagnoses submitted' },
  inProgressCount: '{count} in progress',
  countsSeparator: ' · ',
  overall: {
    one: 'Mean overall index: {score} / 100 (over {count} diagnosis)',
    other: 'Mean overall index: {score} / 100 (over {count} diagnoses)',
  },
  overallNone: 'No diagnosis submitted yet.',
  profileTitle: 'The group’s profile',
  profileIntro:
    'The thick line joins the means of each area, the band runs from the lowest score to the highest, and each grey line is one association’s profile.',
  radarAlt: 'Radar chart of the means by area. {scores}',
  radarScore: '{area}: mean {score} out of 100',
  radarNone: '{area}: no score',
  legendMean: 'Group mean',
  legendRange: 'Lowest to highest',
  legendMembers: 'Each association',
  areaTable: 'Means by area',
  area: 'Area',
  mean: 'Mean',
  range: 'Lowest to highest',
  spread: 'Standard deviation',
  count: 'Count',
  levelsTitle: 'How many associations at each level',
  prioritiesTitle: 'Shared priorities',
  prioritiesIntro:
    'The recommendations that come up for the most associations: good topics to work on together.',
  prioritiesEmpty: 'No shared recommendation yet.',
  morePriorities: {
    one: '… and {count} more recommendation, less shared.',
    other: '… and {count} more recommendations, less shared.',
  },
  recommendation: 'Recommendation',
  agendaTitle: 'Discussion agenda',
  agendaIntro:
    'What to talk about together: the questions on which opinions differ most, then the recommendations most associations share.',
  divergentTitle: 'Where opinions differ',
  divergentBasis: {
    one: 'Based on {count} shared response.',
    other: 'Based on {count} shared responses.',
  },
  divergentLatest: {
    one: 'Based on the latest shared response.',
    other: 'Based on the {count} most recent shared responses.',
  },
  divergentIntro:
    'Only the responses of associations that agreed to share them count, and only as numbers: never who answered what. The gap is the mean difference between two associations’ answers, from 0 (all alike) to 100 (the best answer against the worst). “I don’t know” and “not applicable” do not count.',
  divergentTooFew: {
    one: 'Nothing to compare yet: it takes at least {minimum} submitted diagnoses with their answers shared, and there is {count}.',
    other:
      'Nothing to compare yet: it takes at least {minimum} submitted diagnoses with their answers shared, and there are {count}.',
  },
  divergentNone: {
    one: 'The one shared response has nothing to be compared with.',
    other: 'The {count} shared responses agree on every question: no disagreement to discuss.',
  },
  question: 'Question',
  answers: 'Answers',
  gap: 'Gap',
  gapValue: '{gap} / 100',
  answerCount: '{answer}: {count}',
  answeredCount: { one: '{count} answer', other: '{count} answers' },
  sharedByHeader: 'Concerns',
  sharedBy: {
    one: '{count} association out of {total}',
    other: '{count} associations out of {total}',
  },
  participantsTitle: 'Participants',
  participant: 'Association',
  status: 'Status',
  submitted: 'Submitted',
  inProgress: 'In progress',
  overallScore: 'Index',
  level: 'Level',
  unnamed: 'Unnamed association',
};
