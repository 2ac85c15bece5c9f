import { localize, type Questionnaire } from '../../domain/index.js';
import type { WorkshopFigures } from '../ports.js';
import type { WorkshopView } from './workshop-view.js';
import type { z } from 'zod';
import type { DashboardContract } from '../../contracts/workshop-contract.js';

/** The most participants a dashboard lists (a workshop has 5 to 30; a campaign may have more). */
export const DASHBOARD_PARTICIPANTS = 200;

export type WorkshopDashboard = z.infer<typeof DashboardContract>;

/** Titles in the reader's language, areas and levels in the questionnaire's order. */
export function dashboardOf(
  workshop: WorkshopView,
  questionnaire: Questionnaire,
  figures: WorkshopFigures,
  locale: string,
): WorkshopDashboard {
  const text = (value: Record<string, string>) =>
    localize(value, locale, questionnaire.defaultLocale);
  const round = (value: number | null) => (value === null ? null : Math.round(value * 10) / 10);
  const byArea = new Map(figures.areas.map((area) => [area.areaId, area]));
  const recommendations = new Map(questionnaire.recommendations.map((r) => [r.id, r]));
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
    priorities: figures.recommendationCounts.flatMap(({ recommendationId, count }) => {
      const recommendation = recommendations.get(recommendationId);
      if (!recommendation) return [];
      return [
        {
          id: recommendation.id,
          title: text(recommendation.title),
          areaId: recommendation.area,
          count,
          share: figures.submitted === 0 ? 0 : Math.round((count / figures.submitted) * 100) / 100,
        },
      ];
    }),
    participants: figures.participants,
  };
}
