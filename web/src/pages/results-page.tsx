import { useEffect, useState } from 'preact/hooks';
import type { Questionnaire } from '../../../src/domain/questionnaire/questionnaire-schema.js';
import { api, type Credentials, type ResponseView } from '../api.js';
import { AnswersFileButton } from '../components/answers-file-button.js';
import { HistorySection } from '../components/history-section.js';
import { ReportButton } from '../components/report-button.js';
import { ResultsView } from '../components/results-view.js';
import { ResumeBox } from '../components/resume-box.js';
import { ShareSection } from '../components/share-section.js';
import { TeamBox } from '../components/team-box.js';
import { announce } from '../announce.js';
import { locale, t } from '../i18n.js';
import { navigate } from '../navigate.js';
import { forgetCurrent } from '../resume-link.js';
import { clearSaveStatus } from '../save-status.js';
import { links } from '../routes.js';
import { useFocusHeading } from '../use-focus-heading.js';
import { useLoad } from '../use-load.js';
import { ErrorPage } from './error-page.js';
import { confirmAction } from '../components/confirm-dialog.js';

interface Loaded {
  response: ResponseView;
  questionnaire: Questionnaire | undefined;
}

/** The radar, the levels in words, each area, and the action plan by horizon. */
export function ResultsPage({ credentials }: { credentials: Credentials }) {
  const [attempt, setAttempt] = useState(0);
  const [failure, setFailure] = useState<{ error: unknown }>();
  // The plan's and the guidance's words follow the page's language: a switch reads them again.
  const lang = locale();
  const loaded = useLoad<Loaded>(async () => {
    const response = await api.response(credentials, lang);
    // A draft has no results yet: its diagnosis opens instead.
    if (response.status !== 'submitted') return { response, questionnaire: undefined };
    return {
      response,
      questionnaire: await api.questionnaire(response.questionnaireId, response.version),
    };
  }, [credentials, attempt, lang]);
  const draft = loaded.state === 'loaded' && !loaded.value.questionnaire;
  useEffect(() => {
    if (draft) navigate(links.diagnosis(credentials.id));
  }, [draft]);
  const shown = failure ?? (loaded.state === 'failed' ? loaded : undefined);
  if (shown)
    return (
      <ErrorPage
        error={shown.error}
        retry={() => {
          setFailure(undefined);
          setAttempt((n) => n + 1);
        }}
      />
    );
  if (loaded.state !== 'loaded' || !loaded.value.questionnaire) return null;
  return (
    <Results
      credentials={credentials}
      response={loaded.value.response}
      questionnaire={loaded.value.questionnaire}
      onFailure={(error) => setFailure({ error })}
    />
  );
}

function Results(props: {
  credentials: Credentials;
  response: ResponseView;
  questionnaire: Questionnaire;
  onFailure: (error: unknown) => void;
}) {
  const { credentials, response } = props;
  const heading = useFocusHeading<HTMLHeadingElement>();
  useEffect(() => {
    // The footer's "saved" state belongs to the diagnosis, not to its results.
    clearSaveStatus();
  }, []);
  const remove = async () => {
    const confirmed = await confirmAction({
      title: t('results.delete'),
      message: t('results.delete.confirm'),
      confirmLabel: t('results.delete'),
    });
    if (!confirmed) return;
    try {
      await api.remove(credentials);
      forgetCurrent();
      navigate(links.home());
      announce(t('results.deleted'));
    } catch (error) {
      props.onFailure(error);
    }
  };
  return (
    <ResultsView
      response={response}
      questionnaire={props.questionnaire}
      title={t('results.title')}
      headingRef={heading}
      report={
        <div>
          <ReportButton credentials={credentials} />
          <div class="plan-link">
            <a
              class="button"
              href={links.plan(credentials.id)}
              id="plan-link"
              aria-describedby="plan-hint"
            >
              {t('results.plan.build', { respondent: response.respondent })}
            </a>
            <p class="meta" id="plan-hint">
              {t('results.plan.build.hint')}
            </p>
          </div>
          <AnswersFileButton credentials={credentials} />
        </div>
      }
      extra={<AfterThePlan credentials={credentials} response={response} />}
      actions={
        <>
          <button type="button" class="danger" onClick={() => void remove()}>
            {t('results.delete')}
          </button>{' '}
          <a href={links.home()}>{t('results.home')}</a>
        </>
      }
    />
  );
}

/**
 * After the plan: the resume link, the team box (for an association), the sharing with a centre
 * and the history.
 */
function AfterThePlan(props: { credentials: Credentials; response: ResponseView }) {
  return (
    <>
      <ResumeBox credentials={props.credentials} />
      {/* A team diagnosis gathers an association's members: a personal questionnaire has none. */}
      {props.response.respondent === 'association' && <TeamBox credentials={props.credentials} />}
      <ShareSection credentials={props.credentials} respondent={props.response.respondent} />
      <HistorySection response={props.response} credentials={props.credentials} />
    </>
  );
}
