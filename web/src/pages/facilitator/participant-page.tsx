import { answerTo } from '../../../../src/domain/answers/answer-to.js';
import { localize } from '../../../../src/domain/questionnaire/localize.js';
import type { Questionnaire } from '../../../../src/domain/questionnaire/questionnaire-schema.js';
import { api, type ResponseView } from '../../api.js';
import { DownloadButton } from '../../components/download-button.js';
import { ResultsView } from '../../components/results-view.js';
import { facilitatorApi, type FacilitatorSession } from '../../facilitator-api.js';
import { locale, t } from '../../i18n.js';
import { links } from '../../routes.js';
import { useFocusHeading } from '../../use-focus-heading.js';
import { ErrorPage } from '../error-page.js';
import { FacilitatorHeader } from './facilitator-header.js';
import { useFacilitatorLoad } from './use-facilitator-load.js';

async function loadParticipant(workshopId: string, responseId: string) {
  const response = await facilitatorApi.participant(workshopId, responseId);
  const questionnaire = await api.questionnaire(response.questionnaireId, response.version);
  return { response, questionnaire };
}

/**
 * A participant's results as the facilitator sees them: the same page as the volunteer's, their
 * PDF, and their answers only when they allowed it on joining.
 */
export function ParticipantPage(props: {
  workshopId: string;
  responseId: string;
  session: FacilitatorSession;
}) {
  const { workshopId, responseId } = props;
  const { loaded, signedOut, retry } = useFacilitatorLoad(
    () => loadParticipant(workshopId, responseId),
    [workshopId, responseId],
  );
  if (loaded.state === 'failed')
    return signedOut ? null : <ErrorPage error={loaded.error} retry={retry} />;
  if (loaded.state === 'loading') return <p role="status">{t('facilitator.loading')}</p>;
  return <ParticipantResults {...props} {...loaded.value} />;
}

function ParticipantResults(props: {
  workshopId: string;
  responseId: string;
  session: FacilitatorSession;
  response: ResponseView;
  questionnaire: Questionnaire;
}) {
  const { workshopId, responseId, response, questionnaire } = props;
  const heading = useFocusHeading<HTMLHeadingElement>();
  const back = { href: links.facilitator.workshop(workshopId), label: t('participant.back') };
  return (
    <>
      <FacilitatorHeader session={props.session} view="participant" back={back} />
      <ResultsView
        response={response}
        questionnaire={questionnaire}
        title={t('participant.title')}
        headingRef={heading}
        seriesLabel={response.associationName ?? t('participant.dataset')}
        report={
          <DownloadButton
            id="participant-report"
            label={t('results.report.download')}
            fallbackName={t('results.report.fileName')}
            primary
            fetch={() => facilitatorApi.participantReport(workshopId, responseId, locale())}
            refusals={{ 409: t('results.report.notSubmitted') }}
          />
        }
        extra={<ParticipantAnswers response={response} questionnaire={questionnaire} />}
        actions={<a href={back.href}>{back.label}</a>}
      />
    </>
  );
}

/** The answers, question by question, or why they are not shown. */
export function ParticipantAnswers(props: {
  response: ResponseView;
  questionnaire: Questionnaire;
}) {
  const { response, questionnaire } = props;
  const text = (s: Record<string, string>) => localize(s, locale(), questionnaire.defaultLocale);
  const questions = [...questionnaire.contextQuestions, ...questionnaire.questions];
  const answered = questions.filter((q) => answerTo(response.answers, q.id) !== undefined);
  const answerText = (question: (typeof questions)[number]): string => {
    const value = answerTo(response.answers, question.id);
    const values = Array.isArray(value) ? value : [value];
    return values
      .map((v) => {
        const option = question.options.find((o) => o.id === v);
        return option ? text(option.label) : String(v);
      })
      .join(', ');
  };
  return (
    <section class="card" aria-labelledby="answers-title">
      <h2 id="answers-title">{t('participant.answers.title')}</h2>
      {answered.length === 0 ? (
        <p>{t('participant.answers.private')}</p>
      ) : (
        <dl class="answers">
          {answered.flatMap((question) => [
            <dt key={`${question.id}-q`}>{text(question.title)}</dt>,
            <dd key={`${question.id}-a`}>{answerText(question)}</dd>,
          ])}
        </dl>
      )}
    </section>
  );
}
