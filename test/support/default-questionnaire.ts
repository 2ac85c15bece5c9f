import { fileURLToPath } from 'node:url';
import { readQuestionnaireFile } from '../../src/catalog/read-questionnaire-file.js';
import type { Answers, Questionnaire } from '../../src/domain/index.js';

/** The first version the product shipped (questionnaires/asso-numerique/1.0.0.json), still served to the responses started on it; 1.1.0 is covered by test/http/progress/carry-over-1-1-0.test.ts. */
export const DEFAULT_QUESTIONNAIRE_FILE = fileURLToPath(
  new URL('../../questionnaires/asso-numerique/1.0.0.json', import.meta.url),
);

/** The shipped questionnaire, read and checked as the catalog reads it; throws if it is not sound. */
export async function defaultQuestionnaire(): Promise<Questionnaire> {
  const read = await readQuestionnaireFile(DEFAULT_QUESTIONNAIRE_FILE);
  if (!read.ok) throw new Error(`the default questionnaire is not sound: ${JSON.stringify(read)}`);
  return read.questionnaire;
}

/**
 * A small sports club's answers to the default questionnaire, mixed as real ones are: strong
 * in some areas, weak in others, one "I don't know", two "not applicable", two questions hidden
 * (no employees). Single-choice options score 0 to 3 points of 3; the scores by hand:
 *
 * - strategie: 1 + 1 + 2 + 0 + 1 + 1 = 6 of 18 -> 33.3
 * - communication: channels 2/4 + 2/3 + 1/3 + 2/3 + 0 + 1/3 + 0 = 2.5 of 7 -> 35.7
 * - financement (crowdfunding not applicable): 1/3 + 2/3 + 1/3 + 1/4 + 1/3 = 23/12 of 5 -> 38.3
 * - benevolat (short missions "I don't know" scores the lowest, 0): 3/5 + 1/3 + 0 + 1/3 + 2/3
 *   + 2/3 = 2.6 of 6 -> 43.3
 * - collaboration (remote work hidden): 4 x 2/3 + 1 + 1/3 = 4 of 6 -> 66.7
 * - gestion (payroll hidden): 2/3 + 2/3 + 1/3 + 1 + 1 = 11/3 of 5 -> 73.3
 * - donnees (sensitive data not applicable): 1/3 + 0 + 1/3 + 1/3 + 1/3 = 4/3 of 5 -> 26.7
 * - securite: 2/3 + 1/3 + 1/3 + 2/3 + 2/3 + sourcing 2/4 + 0 = 19/6 of 7 -> 45.2
 * - competences (comfort 3 on 1-5 is 2/4): 1/2 + 5 x 1/3 = 13/6 of 6 -> 36.1
 *
 * Overall, the mean of the nine exact area scores: 398.73 / 9 -> 44.3, "En progression".
 */
export const CLUB_ANSWERS: Answers = {
  budget: '10k-50k',
  volunteers: '6-20',
  employees: 'none',
  sector: 'sport',
  'strategy-goals': 'discussed',
  'digital-lead': 'informal',
  'board-agenda': 'sometimes',
  'digital-budget': 'none',
  'tool-choice': 'compare',
  'accounts-ownership': 'mixed',
  'comm-channels': ['website', 'social'],
  website: 'own-site',
  'website-updates': 'yearly',
  'social-media': 'regular',
  newsletter: 'no',
  visuals: 'basic',
  'comm-results': 'never',
  'online-payment': 'transfer',
  'online-donations': 'form',
  'tax-receipts': 'manual',
  crowdfunding: 'not-relevant',
  'funding-sources': ['grants'],
  'donor-followup': 'thanks',
  'volunteer-channels': ['social', 'platforms'],
  'mission-descriptions': 'some',
  'short-missions': 'dont-know',
  'volunteer-onboarding': 'informal',
  'volunteer-scheduling': 'shared-table',
  'volunteer-recognition': 'regular',
  'internal-communication': 'group',
  'shared-documents': 'shared',
  'co-editing': 'often',
  'video-meetings': 'when-useful',
  'shared-calendar': 'shared-used',
  'task-tracking': 'one-list',
  'membership-management': 'shared-spreadsheet',
  accounting: 'software',
  'digital-receipts': 'some',
  archiving: 'digital-backup',
  'online-procedures': 'all-up-to-date',
  'gdpr-awareness': 'heard',
  'data-inventory': 'no',
  'data-minimisation': 'too-much',
  'privacy-notice': 'some-forms',
  'data-access': 'board',
  'sensitive-data': 'no-sensitive-data',
  backups: 'regular',
  passwords: 'written-down',
  'two-factor': 'some',
  updates: 'automatic',
  equipment: 'adequate',
  'equipment-sourcing': ['refurbished', 'free-software'],
  phishing: 'no',
  'team-comfort': 3,
  'skills-map': 'roughly',
  training: 'one',
  'peer-help': 'one-expert',
  'support-structures': 'heard',
  'digital-inclusion': 'alternative',
};
