import { localize } from '../../../src/domain/questionnaire/localize.js';
import type { Questionnaire } from '../../../src/domain/questionnaire/questionnaire-schema.js';
import type { TeamView } from '../api.js';
import { h } from '../dom.js';
import { formatNumber, locale, t } from '../i18n.js';
import { answerLabel, questionTitle } from './answer-label.js';

/**
 * The questions on which the members disagree most, flagged "to discuss" above the threshold,
 * each with how many members gave each answer: never who gave it.
 */
export function teamTopics(team: TeamView, questionnaire: Questionnaire): HTMLElement {
  const areaTitle = (id: string) =>
    localize(
      questionnaire.areas.find((a) => a.id === id)!.title,
      locale(),
      questionnaire.defaultLocale,
    );
  return h(
    'section',
    { class: 'card', 'aria-labelledby': 'team-topics-title' },
    h('h2', { id: 'team-topics-title' }, t('team.topics.title')),
    team.topics.length === 0
      ? h('p', {}, t('team.topics.none'))
      : h(
          'p',
          { class: 'meta' },
          t('team.topics.intro', { threshold: formatNumber(team.discussionThreshold) }),
        ),
    team.topics.length === 0
      ? null
      : h(
          'ol',
          { class: 'team-topics' },
          ...team.topics.map((topic) =>
            h(
              'li',
              { class: topic.toDiscuss ? 'topic to-discuss' : 'topic' },
              h(
                'h3',
                {},
                questionTitle(questionnaire, topic.questionId),
                topic.toDiscuss ? h('span', { class: 'flag' }, t('team.topics.flag')) : null,
              ),
              h(
                'p',
                { class: 'meta' },
                t('team.topics.meta', {
                  area: areaTitle(topic.areaId),
                  divergence: formatNumber(topic.divergence),
                  count: topic.n,
                }),
              ),
              h(
                'ul',
                { class: 'distribution', 'aria-label': t('team.topics.answers') },
                ...topic.distribution.map((entry) =>
                  h(
                    'li',
                    {},
                    t('team.topics.answer', {
                      answer: answerLabel(questionnaire, topic.questionId, entry.answer),
                      count: entry.count,
                    }),
                  ),
                ),
              ),
            ),
          ),
        ),
  );
}
