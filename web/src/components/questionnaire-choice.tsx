import { useState } from 'preact/hooks';
import { localize } from '../../../src/domain/questionnaire/localize.js';
import type { QuestionnaireSummary } from '../api.js';
import { locale } from '../i18n.js';

export interface QuestionnaireChoice {
  questionnaireId: string;
  /** The summary of the questionnaire chosen, if the list holds any. */
  chosen: QuestionnaireSummary | undefined;
  version: string;
  setVersion: (version: string) => void;
  /** Chooses a questionnaire, and its latest version with it. */
  choose: (id: string) => QuestionnaireSummary | undefined;
}

/** A questionnaire and one of its versions, the first questionnaire's latest to begin with. */
export function useQuestionnaireChoice(
  questionnaires: QuestionnaireSummary[],
): QuestionnaireChoice {
  const [questionnaireId, setQuestionnaireId] = useState(questionnaires[0]?.id ?? '');
  const chosen = questionnaires.find((q) => q.id === questionnaireId);
  const [version, setVersion] = useState(chosen?.latest ?? '');
  const choose = (id: string) => {
    const next = questionnaires.find((q) => q.id === id);
    setQuestionnaireId(id);
    setVersion(next?.latest ?? '');
    return next;
  };
  return { questionnaireId, chosen, version, setVersion, choose };
}

/** The list of questionnaires, each by its title in the page's language. */
export function QuestionnaireSelect(props: {
  id: string;
  label: string;
  name?: string;
  questionnaires: QuestionnaireSummary[];
  value: string;
  onChoose: (id: string) => void;
}) {
  const lang = locale();
  return (
    <div class="field">
      <label for={props.id}>{props.label}</label>
      <select
        id={props.id}
        name={props.name}
        value={props.value}
        onChange={(event) => props.onChoose(event.currentTarget.value)}
      >
        {props.questionnaires.map((q) => (
          <option key={q.id} value={q.id}>
            {localize(q.title, lang, q.locales[0] ?? 'fr')}
          </option>
        ))}
      </select>
    </div>
  );
}

/** The versions of one questionnaire, newest first. */
export function VersionSelect(props: {
  id: string;
  label: string;
  name?: string;
  questionnaire: QuestionnaireSummary | undefined;
  value: string;
  onChoose: (version: string) => void;
  /** An option's text; the version number by default. */
  optionLabel?: (version: string) => string;
}) {
  const optionLabel = props.optionLabel ?? ((version: string) => version);
  return (
    <div class="field">
      <label for={props.id}>{props.label}</label>
      <select
        id={props.id}
        name={props.name}
        value={props.value}
        onChange={(event) => props.onChoose(event.currentTarget.value)}
      >
        {(props.questionnaire?.versions ?? [])
          .slice()
          .reverse()
          .map((v) => (
            <option key={v} value={v}>
              {optionLabel(v)}
            </option>
          ))}
      </select>
    </div>
  );
}
