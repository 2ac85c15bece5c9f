import type { Questionnaire } from '../../../src/domain/questionnaire/questionnaire-schema.js';
import type { TeamView } from '../api.js';
import { t } from '../i18n.js';
import { answerLabel, questionTitle } from './answer-label.js';
import { memberName } from './team-members.js';
import { frenchDe } from '../french-de.js';

/** The detailed answers of the members who allowed it, one collapsible block each. */
export function TeamSharedAnswers(props: { team: TeamView; questionnaire: Questionnaire }) {
  const { team, questionnaire } = props;
  const order = [
    ...questionnaire.contextQuestions.map((q) => q.id),
    ...questionnaire.areas.flatMap((area) =>
      questionnaire.questions.filter((q) => q.area === area.id).map((q) => q.id),
    ),
  ];
  return (
    <section class="card" aria-labelledby="team-shared-title">
      <h2 id="team-shared-title">{t('team.shared.title')}</h2>
      {team.sharedAnswers.length === 0 ? (
        <p>{t('team.shared.none')}</p>
      ) : (
        <p class="meta">{t('team.shared.intro')}</p>
      )}
      {team.sharedAnswers.map((shared) => (
        <details class="shared-answers" key={shared.number}>
          <summary>
            {t('team.shared.of', {
              name: memberName(shared),
              ofName: frenchDe(memberName(shared)),
            })}
          </summary>
          <dl>
            {order
              .filter((id) => shared.answers[id] !== undefined)
              .map((id) => [
                <dt key={`${id}-q`}>{questionTitle(questionnaire, id)}</dt>,
                <dd key={`${id}-a`}>{answerLabel(questionnaire, id, shared.answers[id]!)}</dd>,
              ])}
          </dl>
        </details>
      ))}
    </section>
  );
}
