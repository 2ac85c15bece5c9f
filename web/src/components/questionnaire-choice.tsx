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

interface SelectProps<Value extends string> {
  id: string;
  label: string;
  name?: string;
  value: Value;
  onChoose: (value: Value) => void;
}

/** A select with its label, its options as value and text. */
function SelectField<Value extends string>(
  props: SelectProps<Value> & { options: Array<{ value: Value; text: string }> },
) {
  return (
    <div class="field">
      <label for={props.id}>{props.label}</label>
      <select
        id={props.id}
        name={props.name}
        value={props.value}
        onChange={(event) => props.onChoose(event.currentTarget.value as Value)}
      >
        {props.options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.text}
          </option>
        ))}
      </select>
    </div>
  );
}

/** The list of questionnaires, each by its title in the page's language. */
export function QuestionnaireSelect(
  props: SelectProps<string> & { questionnaires: QuestionnaireSummary[] },
) {
  const lang = locale();
  const { questionnaires, ...select } = props;
  return (
    <SelectField
      {...select}
      options={questionnaires.map((q) => ({
        value: q.id,
        text: localize(q.title, lang, q.locales[0] ?? 'fr'),
      }))}
    />
  );
}

/** The versions of one questionnaire, newest first. */
export function VersionSelect(
  props: SelectProps<string> & {
    questionnaire: QuestionnaireSummary | undefined;
    /** An option's text; the version number by default. */
    optionLabel?: (version: string) => string;
  },
) {
  const { questionnaire, optionLabel = (version: string) => version, ...select } = props;
  const versions = (questionnaire?.versions ?? []).slice().reverse();
  return (
    <SelectField {...select} options={versions.map((v) => ({ value: v, text: optionLabel(v) }))} />
  );
}
