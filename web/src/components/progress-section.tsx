import { localize } from '../../../src/domain/questionnaire/localize.js';
import type { Questionnaire } from '../../../src/domain/questionnaire/questionnaire-schema.js';
import type { ResponseView } from '../api.js';
import { formatNumber, locale, t } from '../i18n.js';
import { formatDate } from '../format-date.js';

type Progress = NonNullable<ResponseView['progress']>;
type ScoreChange = Progress['changes']['overall'];

/**
 * The change since the previous diagnosis: the overall index in one sentence, then one row an
 * area with its score before and now, the points gained or lost, and the level it moved to.
 */
export function ProgressSection({
  progress,
  questionnaire,
}: {
  progress: Progress;
  questionnaire: Questionnaire;
}) {
  const text = (s: Record<string, string>) => localize(s, locale(), questionnaire.defaultLocale);
  const levelTitle = (id: string | null) => {
    const level = questionnaire.levels.find((l) => l.id === id);
    return level ? text(level.title) : (id ?? '—');
  };
  const areaTitle = (id: string) => {
    const area = questionnaire.areas.find((a) => a.id === id);
    return area ? text(area.title) : id;
  };
  const score = (value: number | null) => (value === null ? '—' : formatNumber(value));
  const { overall, areas } = progress.changes;
  return (
    <section class="card progress" aria-labelledby="progress-title">
      <h2 id="progress-title">
        {t('results.progress.title', { date: formatDate(progress.previous.submittedAt) })}
      </h2>
      <p class="overall-change">
        {t('results.progress.overall', {
          before: score(overall.before),
          after: score(overall.after),
          change: pointsText(overall),
        })}
      </p>
      <p class="meta">{t('results.progress.intro')}</p>
      <table class="scores progress-table">
        <caption>{t('results.progress.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('results.table.area')}</th>
            <th scope="col">{t('results.progress.scores')}</th>
            <th scope="col">{t('results.progress.change')}</th>
          </tr>
        </thead>
        <tbody>
          {/* Three columns, the level under the area's name: the table fits a phone's width. */}
          {areas.map((change) => (
            <tr key={change.areaId} class={trend(change)}>
              <th scope="row">
                {areaTitle(change.areaId)}
                <span class="meta level-change">{levelText(change, levelTitle)}</span>
              </th>
              <td>
                {t('results.progress.fromTo', {
                  before: score(change.before),
                  after: score(change.after),
                })}
              </td>
              <td class="change">{pointsText(change, 'results.progress.pointsShort')}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {progress.actionsDone.length > 0 && (
        <>
          <h3>{t('results.progress.actionsDone')}</h3>
          <ul class="actions-done">
            {progress.actionsDone.map((action, index) => (
              <li key={index}>
                {t('results.progress.actionDone', {
                  title: action.areaId
                    ? `${action.title} (${areaTitle(action.areaId)})`
                    : action.title,
                  date: formatDate(action.doneAt),
                })}
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}

function pointsText(
  change: ScoreChange,
  key: 'results.progress.points' | 'results.progress.pointsShort' = 'results.progress.points',
): string {
  if (change.before === null && change.after !== null) return t('results.progress.newArea');
  if (change.points === null) return '—';
  if (change.points === 0) return t('results.progress.stable');
  return t(key, {
    sign: change.points > 0 ? '+' : '−',
    points: formatNumber(Math.abs(change.points)),
  });
}

function levelText(change: ScoreChange, levelTitle: (id: string | null) => string): string {
  if (!change.levelAfter) return '—';
  if (!change.levelSteps || !change.levelBefore) return levelTitle(change.levelAfter);
  return t(change.levelSteps > 0 ? 'results.progress.levelUp' : 'results.progress.levelDown', {
    before: levelTitle(change.levelBefore),
    after: levelTitle(change.levelAfter),
    steps: Math.abs(change.levelSteps),
  });
}

/** A class for the row's colour: never the only sign, the text says it too. */
function trend(change: ScoreChange): string {
  if (change.points === null || change.points === 0) return 'steady';
  return change.points > 0 ? 'gained' : 'lost';
}
