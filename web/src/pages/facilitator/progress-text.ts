import { formatNumber, t } from '../../i18n.js';

/**
 * A change since the previous diagnosis in words: "+12,5 points, 1 niveau gagné". Signs are
 * written out so that a screen reader says them, and colour is never the only cue.
 */
export function progressText(points: number | null, levelSteps: number | null): string {
  if (points === null) return t('portfolio.progress.unknown');
  const signed = `${points > 0 ? '+' : points < 0 ? '−' : ''}${formatNumber(Math.abs(points))}`;
  const parts = [t('portfolio.progress.points', { points: signed })];
  if (levelSteps !== null && levelSteps !== 0) {
    parts.push(
      t(levelSteps > 0 ? 'portfolio.progress.levelsUp' : 'portfolio.progress.levelsDown', {
        n: Math.abs(levelSteps),
      }),
    );
  }
  return parts.join(', ');
}
