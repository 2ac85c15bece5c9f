import {
  AGENDA_MIN_RESPONSES,
  discussionAgenda,
  localize,
  type AgendaQuestion,
  type Questionnaire,
  type QuestionnaireResponse,
  type ScoredQuestion,
} from '../../domain/index.js';
import type { WorkshopFigures } from '../ports.js';
import type { WorkshopView } from './workshop-view.js';
import type { z } from 'zod';
import type { DashboardContract } from '../../contracts/workshop-contract.js';

/** The most participants a dashboard lists (a workshop has 5 to 30; a campaign may have more). */
export const DASHBOARD_PARTICIPANTS = 200;

/**
 * The most shared responses the discussion agenda reads, the latest first. A workshop has 5 to
 * 30; a campaign of thousands would have every refresh parse and score all their answers (about
 * 13 microseconds each on asso-numerique), where the dashboard's other figures are running
 * totals and its target is 20 ms over 10,000 responses. Two hundred, as many as it lists
 * participants, are plenty to rank questions by, and the agenda says when it rests on the
 * latest only.
 */
export const AGENDA_RESPONSES = 200;

export type WorkshopDashboard = z.infer<typeof DashboardContract>;

/** The shared responses the agenda reads, as the store gives them (at most AGENDA_RESPONSES + 1). */
export type SharedResponses = ReadonlyArray<
  Pick<QuestionnaireResponse, 'version' | 'answers' | 'shareAnswers'>
>;

/** Titles in the reader's language, areas and levels in the questionnaire's order. */
export function dashboardOf(
  workshop: WorkshopView,
  questionnaire: Questionnaire,
  figures: WorkshopFigures,
  shared: SharedResponses,
  locale: string,
): WorkshopDashboard {
  const text = (value: Record<string, string>) =>
    localize(value, locale, questionnaire.defaultLocale);
  const round = (value: number | null) => (value === null ? null : Math.round(value * 10) / 10);
  const byArea = new Map(figures.areas.map((area) => [area.areaId, area]));
  const recommendations = new Map(questionnaire.recommendations.map((r, i) => [r.id, { r, i }]));
  return {
    workshop,
    counts: {
      joined: figures.joined,
      inProgress: figures.joined - figures.submitted,
      submitted: figures.submitted,
    },
    levels: questionnaire.levels.map((level) => ({
      id: level.id,
      title: text(level.title),
      min: level.min,
      max: level.max,
    })),
    areas: questionnaire.areas.map((area) => {
      const found = byArea.get(area.id);
      return {
        id: area.id,
        title: text(area.title),
        mean: round(found?.mean ?? null),
        min: round(found?.min ?? null),
        max: round(found?.max ?? null),
        stdDev: round(found?.stdDev ?? null),
        count: found?.count ?? 0,
        levels: questionnaire.levels.map((level) => ({
          levelId: level.id,
          count:
            figures.levelCounts.find((row) => row.areaId === area.id && row.level === level.id)
              ?.count ?? 0,
        })),
      };
    }),
    overall: { mean: round(figures.overall.mean), count: figures.overall.count },
    // The most shared first; among equals, the questionnaire's order (its author's), not the ids'.
    priorities: figures.recommendationCounts
      .flatMap(({ recommendationId, count }) => {
        const found = recommendations.get(recommendationId);
        return found ? [{ ...found, count }] : [];
      })
      .sort((a, b) => b.count - a.count || a.i - b.i)
      .map(({ r: recommendation, count }) => ({
        id: recommendation.id,
        title: text(recommendation.title),
        areaId: recommendation.area,
        count,
        share: figures.submitted === 0 ? 0 : Math.round((count / figures.submitted) * 100) / 100,
      })),
    agenda: agendaOf(workshop, questionnaire, shared, text),
    participants: figures.participants,
  };
}

/** The discussion agenda over the shared responses of the workshop's version, its texts localised. */
function agendaOf(
  workshop: WorkshopView,
  questionnaire: Questionnaire,
  shared: SharedResponses,
  text: (value: Record<string, string>) => string,
): WorkshopDashboard['agenda'] {
  const read = shared
    .slice(0, AGENDA_RESPONSES)
    .filter((response) => response.version === workshop.version);
  const agenda = discussionAgenda(questionnaire, read);
  const questions = new Map(questionnaire.questions.map((q) => [q.id, q]));
  return {
    basis: agenda.basis,
    minimum: AGENDA_MIN_RESPONSES,
    enough: agenda.enough,
    latestOnly: shared.length > AGENDA_RESPONSES,
    questions: agenda.questions.map((found) => {
      const question = questions.get(found.questionId)!;
      return {
        questionId: found.questionId,
        title: text(question.title),
        areaId: found.areaId,
        disagreement: found.disagreement,
        answered: found.answered,
        distinctAnswers: found.distinctAnswers,
        distribution: found.distribution.map((entry) => ({
          ...entry,
          label: answerLabel(question, entry.answer, text),
        })),
      };
    }),
  };
}

/** An option's label, or a scale's value with the label of its end ("1 (Pas à l’aise)"). */
function answerLabel(
  question: ScoredQuestion,
  answer: AgendaQuestion['distribution'][number]['answer'],
  text: (value: Record<string, string>) => string,
): string {
  if (question.type !== 'scale') {
    const option = question.options.find((o) => o.id === answer);
    return option ? text(option.label) : answer;
  }
  const value = Number(answer);
  const end =
    value === question.min
      ? question.labels?.min
      : value === question.max
        ? question.labels?.max
        : undefined;
  return end ? `${answer} (${text(end)})` : answer;
}
