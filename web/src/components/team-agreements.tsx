import { useRef, useState } from 'preact/hooks';
import { localize } from '../../../src/domain/questionnaire/localize.js';
import type { Questionnaire } from '../../../src/domain/questionnaire/questionnaire-schema.js';
import { api, type Credentials, type TeamView } from '../api.js';
import { announce } from '../announce.js';
import { locale, t } from '../i18n.js';
import { teamProblem } from '../team-problem.js';

/** The API's limit (src/domain/team/team.ts). */
const NOTE_MAX = 500;

interface Agreed {
  level: string;
  note: string;
}

interface TeamAgreementsProps {
  team: TeamView;
  questionnaire: Questionnaire;
  credentials: Credentials;
}

/**
 * The level the board agreed on for each area, with its note: a form per area for the owner,
 * the decisions as text for the members.
 */
export function TeamAgreements({ team, questionnaire, credentials }: TeamAgreementsProps) {
  const agreements = new Map(team.agreements.map((agreement) => [agreement.areaId, agreement]));
  const combined = new Map(team.combined.areas.map((area) => [area.areaId, area]));
  return (
    <section class="card" aria-labelledby="team-agreements-title">
      <h2 id="team-agreements-title">{t('team.agreements.title')}</h2>
      <p class="meta">
        {team.role === 'owner'
          ? t('team.agreements.intro.owner')
          : t('team.agreements.intro.member')}
      </p>
      {questionnaire.areas.map((area) => (
        <AreaAgreement
          key={area.id}
          area={area}
          questionnaire={questionnaire}
          credentials={credentials}
          owner={team.role === 'owner'}
          agreement={agreements.get(area.id)}
          suggestedLevel={combined.get(area.id)?.level ?? null}
        />
      ))}
    </section>
  );
}

function AreaAgreement(props: {
  area: Questionnaire['areas'][number];
  questionnaire: Questionnaire;
  credentials: Credentials;
  owner: boolean;
  agreement: Agreed | undefined;
  suggestedLevel: string | null;
}) {
  const { area, questionnaire } = props;
  const text = (s: Record<string, string>) => localize(s, locale(), questionnaire.defaultLocale);
  const levelTitle = (id: string | null | undefined) => {
    const level = questionnaire.levels.find((l) => l.id === id);
    return level ? text(level.title) : null;
  };
  const [decision, setDecision] = useState(props.agreement);
  const [level, setLevel] = useState(props.agreement?.level ?? '');
  const [note, setNote] = useState(props.agreement?.note ?? '');
  const [busy, setBusy] = useState(false);
  const [status, setStatus] = useState('');
  const select = useRef<HTMLSelectElement>(null);
  const suggested = levelTitle(props.suggestedLevel);
  const levelId = `agreement-level-${area.id}`;
  const noteId = `agreement-note-${area.id}`;

  const save = async (event: Event) => {
    event.preventDefault();
    if (!level) {
      setStatus(t('team.agreements.chooseFirst'));
      select.current?.focus();
      return;
    }
    setBusy(true);
    setStatus('');
    try {
      const saved = { level, note: note.trim() };
      await api.saveTeamAgreement(props.credentials, area.id, saved);
      setDecision(saved);
      setStatus(t('team.agreements.saved'));
      announce(t('team.agreements.saved'));
    } catch (error) {
      setStatus(teamProblem(error));
    } finally {
      setBusy(false);
    }
  };

  return (
    <article class="agreement">
      <h3>{text(area.title)}</h3>
      <p class="decision">
        {decision ? (
          <>
            <strong>
              {t('team.agreements.agreed', { level: levelTitle(decision.level) ?? '—' })}
            </strong>
            {decision.note ? ` — ${decision.note}` : ''}
          </>
        ) : (
          <span class="meta">{t('team.agreements.pending')}</span>
        )}
      </p>
      {suggested && <p class="meta">{t('team.agreements.mean', { level: suggested })}</p>}
      {props.owner && (
        // Folded: nine areas of forms would make a very long page on a phone.
        <details class="agreement-edit">
          <summary>{t('team.agreements.edit', { area: text(area.title) })}</summary>
          <form class="agreement-form" data-area={area.id} onSubmit={(e) => void save(e)}>
            <div class="field">
              <label for={levelId}>{t('team.agreements.level')}</label>
              <select
                ref={select}
                id={levelId}
                name="level"
                required
                value={level}
                onChange={(event) => setLevel(event.currentTarget.value)}
              >
                <option value="">{t('team.agreements.choose')}</option>
                {questionnaire.levels.map((option) => (
                  <option key={option.id} value={option.id}>
                    {text(option.title)}
                  </option>
                ))}
              </select>
            </div>
            <div class="field">
              <label for={noteId}>{t('team.agreements.note')}</label>
              <textarea
                id={noteId}
                name="note"
                maxLength={NOTE_MAX}
                rows={2}
                value={note}
                onInput={(event) => setNote(event.currentTarget.value)}
              />
            </div>
            <button type="submit" aria-disabled={busy ? 'true' : undefined}>
              {t('team.agreements.save')}
            </button>
            <p class="meta" aria-live="polite">
              {status}
            </p>
          </form>
        </details>
      )}
    </article>
  );
}
