import { localize } from '../../../src/domain/questionnaire/localize.js';
import type { Questionnaire } from '../../../src/domain/questionnaire/questionnaire-schema.js';
import type { TeamView } from '../api.js';
import { formatNumber, locale, t } from '../i18n.js';
import { answerLabel, questionTitle } from './answer-label.js';

/**
 * The questions on which the members disagree most, flagged "to discuss" above the threshold,
 * each with how many members gave each answer: never who gave it.
 */
export function TeamTopics(props: { team: TeamView; questionnaire: Questionnaire }) {
  const { team, questionnaire } = props;
  const areaTitle = (id: string) =>
    localize(
      questionnaire.areas.find((a) => a.id === id)!.title,
      locale(),
      questionnaire.defaultLocale,
    );
  return (
    <section class="card" aria-labelledby="team-topics-title">
      <h2 id="team-topics-title">{t('team.topics.title')}</h2>
      {team.topics.length === 0 ? (
        <p>{t('team.topics.none')}</p>
      ) : (
        <>
          <p class="meta">
            {t('team.topics.intro', { threshold: formatNumber(team.discussionThreshold) })}
          </p>
          <ol class="team-topics">
            {team.topics.map((topic) => (
              <li key={topic.questionId} class={topic.toDiscuss ? 'topic to-discuss' : 'topic'}>
                <h3>
                  {questionTitle(questionnaire, topic.questionId)}
                  {topic.toDiscuss && <span class="flag">{t('team.topics.flag')}</span>}
                </h3>
                <p class="meta">
                  {t('team.topics.meta', {
                    area: areaTitle(topic.areaId),
                    divergence: formatNumber(topic.divergence),
                    count: topic.n,
                  })}
                </p>
                <ul class="distribution" aria-label={t('team.topics.answers')}>
                  {topic.distribution.map((entry, index) => (
                    <li key={index}>
                      {t('team.topics.answer', {
                        answer: answerLabel(questionnaire, topic.questionId, entry.answer),
                        count: entry.count,
                      })}
                    </li>
                  ))}
                </ul>
              </li>
            ))}
          </ol>
        </>
      )}
    </section>
  );
}
