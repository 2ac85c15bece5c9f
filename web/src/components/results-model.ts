import type { ActionPlanItem } from '../../../src/domain/action-plan/action-plan-schema.js';
import { localize } from '../../../src/domain/questionnaire/localize.js';
import type { Questionnaire } from '../../../src/domain/questionnaire/questionnaire-schema.js';
import type { ResponseView } from '../api.js';
import { formatDate } from '../format-date.js';
import { formatNumber, locale, t, type MessageKey } from '../i18n.js';
import type { RadarSeries } from './radar-series.js';

export const HORIZONS = ['quickWin', 'threeMonths', 'oneYear'] as const;
export type Horizon = (typeof HORIZONS)[number];

/** What the view draws: a stored response, or the facilitator's preview computed in the browser. */
export type ResultsData = Pick<
  ResponseView,
  'profile' | 'actionPlan' | 'peerComparison' | 'progress' | 'associationName'
> &
  // What to do first and each area's feedback: absent where the answers may not be shown.
  Partial<Pick<ResponseView, 'guidance'>>;

interface Level {
  title: string;
  description: string;
}

export interface AreaRow {
  id: string;
  title: string;
  score: number | null;
  /** The score as read ("62,5"), or why there is none ("Pas assez de réponses"). */
  scoreText: string;
  level: Level | undefined;
  /** The peer group's average, "—" without one; undefined when there is no peer group. */
  peerText: string | undefined;
}

export interface ResultsModel {
  overallText: string;
  overallLevel: Level | undefined;
  axes: string[];
  series: RadarSeries[];
  /** The level boundaries drawn as the radar's rings (0 and 100 are always drawn). */
  levelSteps: number[];
  levelsText: string;
  /** The peer group's size, when the server has one of five or more. */
  peerGroupSize: number | undefined;
  /** Whether the radar compares with the previous diagnosis (the peers then drawn faint). */
  hasProgress: boolean;
  areas: AreaRow[];
  plan: Array<{ horizon: Horizon; items: ActionPlanItem[] }>;
  planEmpty: boolean;
  areaTitle: (id: string) => string;
  grade: (value: string) => string;
}

/**
 * Everything the results view shows, in words and numbers, without the DOM: the overall index
 * and level, the radar's series (this response, the previous diagnosis, the peer group), each
 * area's row, and the action plan by horizon.
 */
export function resultsModel(
  response: ResultsData,
  questionnaire: Questionnaire,
  seriesLabel = t('results.radar.dataset', { respondent: questionnaire.respondent }),
): ResultsModel {
  const text = (s: Record<string, string>) => localize(s, locale(), questionnaire.defaultLocale);
  const levelOf = (id: string | null) => {
    const level = questionnaire.levels.find((l) => l.id === id);
    return level && { title: text(level.title), description: text(level.description) };
  };
  const areaTitle = (id: string) => {
    const area = questionnaire.areas.find((a) => a.id === id);
    return area ? text(area.title) : id;
  };
  const { profile, progress } = response;
  const peers = response.peerComparison ?? null;
  const peerScore = (areaId: string) => peers?.scores[areaId] ?? null;
  const scoreText = (score: number | null, status: string) =>
    score !== null
      ? formatNumber(score)
      : status === 'notApplicable'
        ? t('results.notApplicable')
        : t('results.insufficient');

  const series: RadarSeries[] = [{ label: seriesLabel, values: profile.areas.map((a) => a.score) }];
  // The previous diagnosis, when this one was taken again: the comparison that matters most,
  // so the peer group's average then steps back to a faint line.
  if (progress) {
    series.push({
      label: t('results.progress.dataset', { date: formatDate(progress.previous.submittedAt) }),
      values: profile.areas.map((a) => progress.previous.scores[a.id] ?? null),
    });
  }
  if (peers) {
    series.push({
      label: t('results.peers.dataset', { n: peers.groupSize }),
      values: profile.areas.map((a) => peerScore(a.id)),
      faint: progress !== null,
    });
  }
  const items = response.actionPlan?.items ?? [];
  return {
    overallText:
      profile.overall.score === null
        ? t('results.overall.none')
        : t('results.overall', { score: formatNumber(profile.overall.score) }),
    overallLevel: levelOf(profile.overall.level),
    axes: profile.areas.map((a) => areaTitle(a.id)),
    series,
    levelSteps: questionnaire.levels.map((l) => l.min).filter((min) => min > 0),
    levelsText: t('results.radar.levels', {
      levels: questionnaire.levels.map((l) => `${text(l.title)} (${l.min}–${l.max})`).join(' · '),
    }),
    peerGroupSize: peers?.groupSize,
    hasProgress: progress !== null && progress !== undefined,
    areas: profile.areas.map((area) => {
      const peer = peerScore(area.id);
      return {
        id: area.id,
        title: areaTitle(area.id),
        score: area.score,
        scoreText: scoreText(area.score, area.status),
        level: levelOf(area.level),
        peerText: peers ? (peer === null ? '—' : formatNumber(peer)) : undefined,
      };
    }),
    plan: HORIZONS.map((horizon) => ({
      horizon,
      items: items.filter((i) => i.horizon === horizon),
    })).filter((group) => group.items.length > 0),
    planEmpty: items.length === 0,
    areaTitle,
    grade: (value) => t(`results.grade.${value}` as MessageKey),
  };
}
