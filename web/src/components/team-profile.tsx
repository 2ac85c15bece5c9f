import { localize } from '../../../src/domain/questionnaire/localize.js';
import type { Questionnaire } from '../../../src/domain/questionnaire/questionnaire-schema.js';
import type { TeamView } from '../api.js';
import { formatNumber, locale, t } from '../i18n.js';
import { GroupRadar } from './group-radar.js';

/** The team's radar (the mean in ink, the range as a band, each member faintly) and its table. */
export function TeamProfile(props: { team: TeamView; questionnaire: Questionnaire }) {
  const { team, questionnaire } = props;
  const text = (s: Record<string, string>) => localize(s, locale(), questionnaire.defaultLocale);
  const areaTitle = (id: string) => text(questionnaire.areas.find((a) => a.id === id)!.title);
  const levelTitle = (id: string | null) => {
    const level = questionnaire.levels.find((l) => l.id === id);
    return level ? text(level.title) : '—';
  };
  const number = (value: number | null) => (value === null ? '—' : formatNumber(value));
  const areas = team.combined.areas;
  const submitted = team.members.filter((member) => member.status === 'submitted');
  return (
    <section class="card" aria-labelledby="team-profile-title">
      <h2 id="team-profile-title">{t('team.profile.title')}</h2>
      {submitted.length === 0 ? (
        <p>{t('team.profile.none')}</p>
      ) : (
        <>
          <p class="meta">{t('team.profile.intro')}</p>
          <GroupRadar
            readable
            levelSteps={questionnaire.levels.map((l) => l.min).filter((min) => min > 0)}
            data={{
              axes: areas.map((area) => areaTitle(area.areaId)),
              mean: areas.map((area) => area.mean),
              min: areas.map((area) => area.min),
              max: areas.map((area) => area.max),
              participants: submitted.map((member) =>
                areas.map((area) => member.areaScores[area.areaId] ?? null),
              ),
              labels: {
                mean: t('team.radar.mean'),
                spread: t('team.radar.spread'),
                participants: t('team.radar.members'),
              },
            }}
          />
        </>
      )}
      {/* Scrolls sideways on a narrow phone: reachable by keyboard, and named for screen readers. */}
      <div class="table-scroll" tabIndex={0} role="region" aria-label={t('team.table.caption')}>
        <table class="scores team-scores">
          <caption>{t('team.table.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('team.table.area')}</th>
              <th scope="col">{t('team.table.mean')}</th>
              <th scope="col">{t('team.table.spread')}</th>
            </tr>
          </thead>
          <tbody>
            {areas.map((area) => (
              // Three columns fit a phone: how many members under the area, the level under the
              // mean, the range under the spread.
              <tr key={area.areaId}>
                <th scope="row">
                  {areaTitle(area.areaId)}
                  <span class="sub">{t('team.table.count', { count: area.n })}</span>
                </th>
                <td>
                  <span class="figure">{number(area.mean)}</span>
                  {area.level && <span class="sub">{levelTitle(area.level)}</span>}
                </td>
                <td>
                  <span class="figure">{number(area.stdDev)}</span>
                  {area.min !== null && (
                    <span class="sub">
                      {t('team.table.range.value', {
                        min: number(area.min),
                        max: number(area.max),
                      })}
                    </span>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
