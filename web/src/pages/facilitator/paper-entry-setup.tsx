import { useState } from 'preact/hooks';
import { localize } from '../../../../src/domain/questionnaire/localize.js';
import { api, type QuestionnaireSummary } from '../../api.js';
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
  const [questionnaireId, setQuestionnaireId] = useState(questionnaires[0]?.id ?? '');
  const chosen = questionnaires.find((q) => q.id === questionnaireId);
  const [version, setVersion] = useState(chosen?.latest ?? '');
  const [name, setName] = useState('');
  const [problem, setProblem] = useState<string>();
  const choose = (id: string) => {
    setQuestionnaireId(id);
    setVersion(questionnaires.find((q) => q.id === id)?.latest ?? '');
  };
  const start = async (event: Event) => {
    event.preventDefault();
    try {
      const definition = await api.questionnaire(
        workshop?.questionnaireId ?? questionnaireId,
        workshop?.version ?? version,
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
            <div class="field">
              <label for="entry-questionnaire">{t('entry.questionnaire')}</label>
              <select
                id="entry-questionnaire"
                value={questionnaireId}
                onChange={(event) => choose(event.currentTarget.value)}
              >
                {questionnaires.map((q) => (
                  <option key={q.id} value={q.id}>
                    {localize(q.title, lang, q.locales[0] ?? 'fr')}
                  </option>
                ))}
              </select>
            </div>
            <div class="field">
              <label for="entry-version">{t('entry.version')}</label>
              <select
                id="entry-version"
                value={version}
                onChange={(event) => setVersion(event.currentTarget.value)}
              >
                {(chosen?.versions ?? [])
                  .slice()
                  .reverse()
                  .map((v) => (
                    <option key={v} value={v}>
                      {v}
                    </option>
                  ))}
              </select>
            </div>
          </div>
        )}
        <div class="field">
          <label for="entry-name">{t('entry.name')}</label>
          <p class="help" id="entry-name-hint">
            {t('entry.name.hint')}
          </p>
          <input
            type="text"
            id="entry-name"
            maxLength={120}
            autocomplete="off"
            aria-describedby="entry-name-hint"
            value={name}
            onInput={(event) => setName(event.currentTarget.value)}
          />
        </div>
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
