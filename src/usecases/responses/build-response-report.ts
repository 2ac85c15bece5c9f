import {
  buildActionPlan,
  localize,
  resultsGuidance,
  type Answers,
  type FirstAction,
  type Level,
  type PlanAction,
  type Profile,
  type Questionnaire,
} from '../../domain/index.js';
import type { Progress } from '../progress/response-history.js';
import type {
  ReportFirstAction,
  ReportLevel,
  ReportOwnedPlan,
  ReportScoreChange,
  ResponseReport,
} from '../report-ports.js';

export interface ReportSource {
  questionnaire: Questionnaire;
  answers: Answers;
  /** The response's profile with its explanation (stored scores win, see explainSummary). */
  profile: Profile;
  associationName: string | null;
  /** ISO-8601 submission time. */
  date: string;
  locale: string;
  /** False when a facilitator reads a participant who did not share their answers. */
  answersShown?: boolean;
  /** The change since the previous diagnosis of the chain, for the association's own report. */
  progress?: Progress | null;
  /** The plan the association owns (its priority area ids and its actions), if any. */
  ownedPlan?: { priorities: string[]; actions: PlanAction[] } | null;
}

/**
 * The report's view model: every text in the reader's language (falling back to the
 * questionnaire's default), levels resolved, findings, the guidance of the results page (first
 * actions, each area's level text and next level) and the ranked plan. Shared by the HTTP route
 * and the CLI, so both print the same report. Without `answersShown`, the findings, the first
 * actions and the next-level steps are left out, as the results page leaves out the guidance:
 * they quote answers.
 */
export function buildResponseReport(source: ReportSource): ResponseReport {
  const { questionnaire, answers, profile, locale } = source;
  const answersShown = source.answersShown ?? true;
  const fallback = questionnaire.defaultLocale;
  const text = (value: Record<string, string>) => localize(value, locale, fallback);
  const levels = questionnaire.levels.map((level: Level): ReportLevel => ({
    id: level.id,
    title: text(level.title),
    description: text(level.description),
    min: level.min,
    max: level.max,
  }));
  const levelOf = (id: string | null) => levels.find((level) => level.id === id) ?? null;
  const areas = new Map(questionnaire.areas.map((area) => [area.id, area]));
  const plan = buildActionPlan(questionnaire, answers, profile, locale);
  const guidance = resultsGuidance(questionnaire, answers, profile, plan, locale);
  const areaGuidance = new Map(guidance.areas.map((area) => [area.areaId, area]));
  const areaTitle = (id: string) => {
    const definition = areas.get(id);
    return definition ? text(definition.title) : id;
  };
  return {
    locale,
    respondent: questionnaire.respondent,
    associationName: source.associationName,
    date: source.date,
    questionnaire: {
      id: questionnaire.id,
      version: questionnaire.version,
      title: text(questionnaire.title),
    },
    overall: {
      score: profile.overall.score,
      level: levelOf(profile.overall.level),
      coverage: profile.overall.coverage,
    },
    levels,
    areas: profile.areas.map((area) => {
      const definition = areas.get(area.id);
      // The guidance's findings are answerFindings's, as the results page shows them.
      const guided = areaGuidance.get(area.id);
      const next = guided?.nextLevel;
      return {
        id: area.id,
        title: areaTitle(area.id),
        description: definition ? text(definition.description) : '',
        score: area.score,
        status: area.status,
        coverage: area.coverage,
        level: levelOf(area.level),
        levelText: guided?.levelText ?? levelOf(area.level)?.description ?? null,
        strengths: answersShown ? (guided?.strengths ?? []) : [],
        gaps: answersShown ? (guided?.gaps ?? []) : [],
        dontKnow: answersShown ? (guided?.dontKnow ?? []) : [],
        nextLevel:
          answersShown && next && next.steps.length > 0
            ? {
                title: next.title,
                pointsNeeded: next.pointsNeeded,
                steps: next.steps.map((step) => ({
                  question: step.question,
                  answer: step.answer,
                  points: step.points,
                })),
                reached: next.reached,
              }
            : null,
      };
    }),
    firstActions: answersShown
      ? guidance.firstActions.map((action) => firstActionOf(action, areaTitle))
      : [],
    plan: plan.items.map((item) => ({
      id: item.id,
      areaId: item.areaId,
      title: item.title,
      text: item.text,
      horizon: item.horizon,
      effort: item.effort,
      impact: item.impact,
      resources: item.resources,
    })),
    comparison: null,
    progress: source.progress
      ? {
          previousDate: source.progress.previous.submittedAt,
          previousScores: source.progress.previous.scores,
          overall: titled(source.progress.changes.overall),
          areas: source.progress.changes.areas.map((change) => ({
            id: change.areaId,
            title: areaTitle(change.areaId),
            ...titled(change),
          })),
          actionsDone: source.progress.actionsDone.map((action) => ({
            title: action.title,
            areaTitle: action.areaId === null ? null : areaTitle(action.areaId),
            doneAt: action.doneAt,
          })),
        }
      : null,
    answersShown,
    ownedPlan: ownedPlanOf(source.ownedPlan, areaTitle),
  };

  function titled(change: ReportScoreChange): ReportScoreChange {
    return {
      before: change.before,
      after: change.after,
      points: change.points,
      // A level id the current version no longer has (renamed) prints as its id.
      levelBefore: change.levelBefore && (levelOf(change.levelBefore)?.title ?? change.levelBefore),
      levelAfter: change.levelAfter && (levelOf(change.levelAfter)?.title ?? change.levelAfter),
      levelSteps: change.levelSteps,
    };
  }
}

/** A first action as the report prints it: the item's words, its area's title and why. */
function firstActionOf(
  { item, reason }: FirstAction,
  areaTitle: (id: string) => string,
): ReportFirstAction {
  return {
    id: item.id,
    title: item.title,
    text: item.text,
    areaTitle: areaTitle(item.areaId),
    effort: item.effort,
    reason:
      reason.trigger === 'answer'
        ? { trigger: 'answer', question: reason.question, answer: reason.answer }
        : { trigger: 'areaScore', area: reason.area, score: reason.score },
  };
}

/** The owned plan with area titles in the reader's language; null when nothing was chosen. */
function ownedPlanOf(
  plan: ReportSource['ownedPlan'],
  areaTitle: (id: string) => string,
): ReportOwnedPlan | null {
  if (!plan || (plan.priorities.length === 0 && plan.actions.length === 0)) return null;
  return {
    priorities: plan.priorities.map(areaTitle),
    actions: plan.actions.map((action) => ({
      title: action.title,
      areaTitle: action.areaId === null ? null : areaTitle(action.areaId),
      owner: action.owner,
      dueDate: action.dueDate,
      cost: action.cost,
      status: action.status,
    })),
  };
}
