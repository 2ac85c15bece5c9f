import type { GroupTexts } from './group-fr.js';

/** The group report's own words in English. */
export const groupEn: GroupTexts = {
  documentTitle: 'Workshop — group profile',
  subject: 'Digital profile of a group of associations and shared priorities',
  kicker: 'Workshop report',
  date: 'Workshop of {date}',
  questionnaire: 'Questionnaire: {title}, version {version}',
  counts:
    '{joined} association(s) joined · {submitted} diagnosis(es) submitted · {inProgress} in progress',
  overall: 'Mean overall index: {score} / 100 (over {count} diagnosis(es))',
  overallNone: 'No diagnosis submitted yet.',
  profileTitle: 'The group’s profile',
  profileIntro:
    'The thick line joins the means of each area; the thin lines, the associations’ profiles.',
  radarAlt: 'Radar chart of the means by area. {scores}',
  radarScore: '{area}: mean {score} out of 100',
  radarNone: '{area}: no score',
  legendMean: 'Group mean',
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
  recommendation: 'Recommendation',
  share: 'Associations',
  shareValue: '{count} of {total}',
  participantsTitle: 'Participants',
  participant: 'Association',
  status: 'Status',
  submitted: 'Submitted',
  inProgress: 'In progress',
  overallScore: 'Index',
  level: 'Level',
  unnamed: 'Unnamed association',
};
