import { localize, type Questionnaire } from '../../domain/index.js';
import type { ReportLevel, TeamReport } from '../report-ports.js';
import type { TeamView } from './team-view.js';

/** The view, with every text in the reader's language. */
export function teamReport(
  questionnaire: Questionnaire,
  view: TeamView,
  locale: string,
): TeamReport {
  const text = (value: Parameters<typeof localize>[0]) =>
    localize(value, locale, questionnaire.defaultLocale);
  const levels: ReportLevel[] = questionnaire.levels.map((level) => ({
    id: level.id,
    title: text(level.title),
    description: text(level.description),
    min: level.min,
    max: level.max,
  }));
  const levelTitle = (id: string | null) =>
    id === null ? null : (levels.find((level) => level.id === id)?.title ?? id);
  const areaTitle = new Map(questionnaire.areas.map((area) => [area.id, text(area.title)]));
  const agreements = new Map(view.agreements.map((agreement) => [agreement.areaId, agreement]));
  return {
    locale,
    createdAt: view.createdAt,
    associationName: view.associationName,
    questionnaire: {
      id: questionnaire.id,
      version: questionnaire.version,
      title: text(questionnaire.title),
    },
    levels,
    counts: {
      members: view.members.length,
      submitted: view.members.filter((member) => member.status === 'submitted').length,
    },
    overall: {
      mean: view.combined.overall.mean,
      level: levelTitle(view.combined.overall.level),
      count: view.combined.overall.n,
    },
    areas: view.combined.areas.map((area) => {
      const agreement = agreements.get(area.areaId);
      return {
        id: area.areaId,
        title: areaTitle.get(area.areaId) ?? area.areaId,
        mean: area.mean,
        level: levelTitle(area.level),
        min: area.min,
        max: area.max,
        stdDev: area.stdDev,
        count: area.n,
        agreement: agreement
          ? { level: levelTitle(agreement.level) ?? agreement.level, note: agreement.note }
          : null,
      };
    }),
    members: view.members.map((member) => ({
      displayName: member.displayName,
      number: member.number,
      submitted: member.status === 'submitted',
      overallScore: member.overallScore,
      areaScores: view.combined.areas.map((area) => member.areaScores[area.areaId] ?? null),
    })),
    topics: view.topics.map((topic) => {
      const question = questionnaire.questions.find((q) => q.id === topic.questionId)!;
      const label = (answer: string) => {
        const option = question.options.find((o) => o.id === answer);
        return option ? text(option.label) : answer;
      };
      return {
        question: text(question.title),
        areaTitle: areaTitle.get(topic.areaId) ?? topic.areaId,
        divergence: topic.divergence,
        toDiscuss: topic.toDiscuss,
        count: topic.n,
        distribution: topic.distribution.map((entry) => ({
          answer: label(entry.answer),
          count: entry.count,
        })),
      };
    }),
    discussionThreshold: view.discussionThreshold,
  };
}
