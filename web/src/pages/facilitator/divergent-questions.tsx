import type { Dashboard } from '../../facilitator-api.js';
import { formatNumber, t } from '../../i18n.js';
import { ShareFill } from './share-fill.js';

type Agenda = Dashboard['agenda'];

/**
 * The questions the shared answers differ most on, each with how many associations chose each
 * answer: counts over the responses whose participants agreed to share them, never a name.
 */
export function DivergentQuestions({ dashboard }: { dashboard: Dashboard }) {
  const { agenda } = dashboard;
  if (!agenda.enough)
    return (
      <p>{t('dashboard.divergent.tooFew', { minimum: agenda.minimum, count: agenda.basis })}</p>
    );
  const areaTitle = (id: string) => dashboard.areas.find((a) => a.id === id)?.title ?? id;
  return (
    <>
      <p class="agenda-basis">
        {t(agenda.latestOnly ? 'dashboard.divergent.latest' : 'dashboard.divergent.basis', {
          count: agenda.basis,
        })}
      </p>
      <p class="meta">{t('dashboard.divergent.privacy')}</p>
      {agenda.questions.length === 0 ? (
        <p>{t('dashboard.divergent.none', { count: agenda.basis })}</p>
      ) : (
        <>
          <p class="meta">{t('dashboard.divergent.help')}</p>
          <ol class="divergent-questions">
            {agenda.questions.map((question) => (
              <DivergentQuestion
                key={question.questionId}
                question={question}
                area={areaTitle(question.areaId)}
              />
            ))}
          </ol>
        </>
      )}
    </>
  );
}

function DivergentQuestion(props: { question: Agenda['questions'][number]; area: string }) {
  const { question } = props;
  return (
    <li>
      <h4>{question.title}</h4>
      <p class="meta">
        {t('dashboard.divergent.meta', {
          area: props.area,
          count: question.answered,
          gap: formatNumber(Math.round(question.disagreement * 100)),
        })}
      </p>
      <table class="answer-counts">
        <caption class="visually-hidden">
          {t('dashboard.divergent.caption', { question: question.title })}
        </caption>
        <thead>
          <tr>
            <th scope="col">{t('dashboard.divergent.answer')}</th>
            <th scope="col">{t('dashboard.divergent.count')}</th>
          </tr>
        </thead>
        <tbody>
          {question.distribution.map((entry) => (
            <tr key={entry.answer} class={entry.count === 0 ? 'zero' : undefined}>
              <th scope="row">{entry.label}</th>
              <td>
                <span class="answer-count">{formatNumber(entry.count)}</span>
                <span class="share-bar" aria-hidden="true">
                  <ShareFill
                    share={question.answered === 0 ? 0 : entry.count / question.answered}
                  />
                </span>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </li>
  );
}
