import { useState } from 'preact/hooks';
import type { Answers } from '../../../../src/domain/answers/answer-schema.js';
import type { Questionnaire } from '../../../../src/domain/questionnaire/questionnaire-schema.js';
import { api, type Credentials } from '../../api.js';
import { facilitatorApi, type FacilitatorSession, type Workshop } from '../../facilitator-api.js';
import { t } from '../../i18n.js';
import { links } from '../../routes.js';
import { ErrorPage } from '../error-page.js';
import { FacilitatorHeader } from './facilitator-header.js';
import { EntryDone } from './paper-entry-done.js';
import { EntryQuestion } from './paper-entry-question.js';
import { EntrySetup } from './paper-entry-setup.js';
import { EntrySummary } from './paper-entry-summary.js';
import { useFacilitatorLoad } from './use-facilitator-load.js';

/** What is being typed in: the questionnaire, the association and the answers so far. */
export interface Entry {
  questionnaire: Questionnaire;
  associationName: string;
  responseLocale: string;
  workshop: Workshop | undefined;
  answers: Answers;
}

type Step =
  | { at: 'setup' }
  | { at: 'question'; position: number }
  | { at: 'summary' }
  | { at: 'done'; credentials: Credentials };

const loadSetup = (workshopId: string | undefined) =>
  Promise.all([
    api.listQuestionnaires(),
    workshopId ? facilitatorApi.workshop(workshopId) : Promise.resolve(undefined),
  ]);

/**
 * Typing a paper questionnaire in, built for the keyboard: one question at a time, a digit picks
 * a choice (1, 2, 3…; 0 the tenth), Space ticks in multiple choice, Enter goes on, Backspace goes
 * back, questions the answers hide are skipped; then a summary to check and send. From a
 * workshop (#/animateur/atelier/<id>/saisie), the response joins it.
 */
export function PaperEntryPage(props: { session: FacilitatorSession; workshopId?: string }) {
  const { loaded, signedOut, retry } = useFacilitatorLoad(
    () => loadSetup(props.workshopId),
    [props.workshopId],
  );
  if (loaded.state === 'failed')
    return signedOut ? null : <ErrorPage error={loaded.error} retry={retry} />;
  if (loaded.state === 'loading') return <p role="status">{t('facilitator.loading')}</p>;
  const [{ questionnaires }, workshop] = loaded.value;
  return <PaperEntry session={props.session} questionnaires={questionnaires} workshop={workshop} />;
}

function PaperEntry(props: {
  session: FacilitatorSession;
  questionnaires: Awaited<ReturnType<typeof loadSetup>>[0]['questionnaires'];
  workshop: Workshop | undefined;
}) {
  const { workshop } = props;
  const [step, setStep] = useState<Step>({ at: 'setup' });
  const [entry, setEntry] = useState<Entry>();
  const back = workshop
    ? { href: links.facilitator.workshop(workshop.id), label: t('entry.back.workshop') }
    : { href: links.facilitator.workshops(), label: t('entry.back.workshops') };
  const goTo = (position: number) => setStep({ at: 'question', position });
  return (
    <>
      <FacilitatorHeader session={props.session} view="paperEntry" back={back} />
      {step.at === 'setup' || !entry ? (
        <EntrySetup
          questionnaires={props.questionnaires}
          workshop={workshop}
          onStart={(started) => {
            setEntry(started);
            goTo(0);
          }}
        />
      ) : step.at === 'question' ? (
        <EntryQuestion
          entry={entry}
          position={step.position}
          onAnswers={(answers) => setEntry({ ...entry, answers })}
          onGo={goTo}
          onEnd={() => setStep({ at: 'summary' })}
        />
      ) : step.at === 'summary' ? (
        <EntrySummary
          entry={entry}
          onFix={goTo}
          onSent={(credentials) => setStep({ at: 'done', credentials })}
        />
      ) : (
        <EntryDone credentials={step.credentials} workshopId={workshop?.id} />
      )}
    </>
  );
}
