import { useState } from 'preact/hooks';
import { api, type QuestionnaireSummary } from '../../api.js';
import {
  QuestionnaireSelect,
  useQuestionnaireChoice,
  VersionSelect,
} from '../../components/questionnaire-choice.js';
import { TextField } from '../../components/text-field.js';
import type { Workshop } from '../../facilitator-api.js';
import { locale, t } from '../../i18n.js';
import { problemMessage } from '../../problem-message.js';
import { useFocusHeading } from '../../use-focus-heading.js';
import type { Entry } from './paper-entry-page.js';

/** Which questionnaire (the workshop's, from a workshop) and which association. */
export function EntrySetup(props: {
  questionnaires: QuestionnaireSummary[];
  workshop: Workshop | undefined;
  onStart: (entry: Entry) => void;
}) {
  const { questionnaires, workshop } = props;
  const heading = useFocusHeading<HTMLHeadingElement>();
  const lang = locale();
  const choice = useQuestionnaireChoice(questionnaires);
  const [name, setName] = useState('');
  const [problem, setProblem] = useState<string>();
  const start = async (event: Event) => {
    event.preventDefault();
    try {
      const definition = await api.questionnaire(
        workshop?.questionnaireId ?? choice.questionnaireId,
        workshop?.version ?? choice.version,
      );
      props.onStart({
        questionnaire: definition,
        associationName: name.trim(),
        responseLocale:
          workshop?.locale ?? (definition.locales.includes(lang) ? lang : definition.defaultLocale),
        workshop,
        answers: {},
      });
    } catch (error) {
      setProblem(problemMessage(error));
    }
  };
  return (
    <>
      <h1 ref={heading}>{t('entry.title')}</h1>
      <p class="lead">{t('entry.intro')}</p>
      <p>{t('entry.keys')}</p>
      <form class="card entry-setup" onSubmit={(event) => void start(event)}>
        {workshop ? (
          <p>{t('entry.workshop', { title: workshop.title })}</p>
        ) : (
          <div>
            <QuestionnaireSelect
              id="entry-questionnaire"
              label={t('entry.questionnaire')}
              questionnaires={questionnaires}
              value={choice.questionnaireId}
              onChoose={choice.choose}
            />
            <VersionSelect
              id="entry-version"
              label={t('entry.version')}
              questionnaire={choice.chosen}
              value={choice.version}
              onChoose={choice.setVersion}
            />
          </div>
        )}
        <TextField
          id="entry-name"
          label={t('entry.name')}
          hint={t('entry.name.hint')}
          maxLength={120}
          autocomplete="off"
          value={name}
          onValue={setName}
        />
        <button type="submit" class="primary" id="entry-start">
          {t('entry.start')}
        </button>
        <div aria-live="polite">
          {problem && (
            <p class="error" role="alert">
              {problem}
            </p>
          )}
        </div>
      </form>
    </>
  );
}
