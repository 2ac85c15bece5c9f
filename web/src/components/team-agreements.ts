import { localize } from '../../../src/domain/questionnaire/localize.js';
import type { Questionnaire } from '../../../src/domain/questionnaire/questionnaire-schema.js';
import { api, type Credentials, type TeamView } from '../api.js';
import { announce, h } from '../dom.js';
import { locale, t } from '../i18n.js';
import { teamProblem } from '../team-problem.js';

/** The API's limit (src/domain/team/team.ts). */
const NOTE_MAX = 500;

/**
 * The level the board agreed on for each area, with its note: a form per area for the owner,
 * the decisions as text for the members.
 */
export function teamAgreements(
  team: TeamView,
  questionnaire: Questionnaire,
  credentials: Credentials,
): HTMLElement {
  const text = (s: Record<string, string>) => localize(s, locale(), questionnaire.defaultLocale);
  const agreements = new Map(team.agreements.map((agreement) => [agreement.areaId, agreement]));
  const combined = new Map(team.combined.areas.map((area) => [area.areaId, area]));
  const levelTitle = (id: string | null | undefined) => {
    const level = questionnaire.levels.find((l) => l.id === id);
    return level ? text(level.title) : null;
  };

  const areaBlock = (area: Questionnaire['areas'][number]) => {
    const agreement = agreements.get(area.id);
    const suggested = levelTitle(combined.get(area.id)?.level);
    const heading = h('h3', {}, text(area.title));
    const meanHint = suggested
      ? h('p', { class: 'meta' }, t('team.agreements.mean', { level: suggested }))
      : null;
    const decision = h('p', { class: 'decision' });
    const showDecision = (agreed: { level: string; note: string } | undefined) => {
      decision.replaceChildren(
        ...(agreed
          ? [
              h(
                'strong',
                {},
                t('team.agreements.agreed', { level: levelTitle(agreed.level) ?? '—' }),
              ),
              agreed.note ? ` — ${agreed.note}` : '',
            ]
          : [h('span', { class: 'meta' }, t('team.agreements.pending'))]),
      );
    };
    showDecision(agreement);
    if (team.role !== 'owner') {
      return h('article', { class: 'agreement' }, heading, decision, meanHint);
    }
    const levelId = `agreement-level-${area.id}`;
    const noteId = `agreement-note-${area.id}`;
    const select = h(
      'select',
      { id: levelId, name: 'level', required: true },
      h('option', { value: '' }, t('team.agreements.choose')),
      ...questionnaire.levels.map((level) =>
        h(
          'option',
          { value: level.id, selected: agreement?.level === level.id },
          text(level.title),
        ),
      ),
    );
    const note = h('textarea', { id: noteId, name: 'note', maxlength: NOTE_MAX, rows: 2 });
    note.value = agreement?.note ?? '';
    const save = h('button', { type: 'submit' }, t('team.agreements.save'));
    const status = h('p', { class: 'meta', 'aria-live': 'polite' });
    const form = h(
      'form',
      { class: 'agreement-form', 'data-area': area.id },
      h(
        'div',
        { class: 'field' },
        h('label', { for: levelId }, t('team.agreements.level')),
        select,
      ),
      h('div', { class: 'field' }, h('label', { for: noteId }, t('team.agreements.note')), note),
      save,
      status,
    );
    form.addEventListener('submit', async (event) => {
      event.preventDefault();
      if (!select.value) {
        status.textContent = t('team.agreements.chooseFirst');
        select.focus();
        return;
      }
      save.setAttribute('aria-disabled', 'true');
      status.textContent = '';
      try {
        const saved = { level: select.value, note: note.value.trim() };
        await api.saveTeamAgreement(credentials, area.id, saved);
        showDecision(saved);
        status.textContent = t('team.agreements.saved');
        announce(t('team.agreements.saved'));
      } catch (error) {
        status.textContent = teamProblem(error);
      } finally {
        save.removeAttribute('aria-disabled');
      }
    });
    // Folded: nine areas of forms would make a very long page on a phone.
    return h(
      'article',
      { class: 'agreement' },
      heading,
      decision,
      meanHint,
      h(
        'details',
        { class: 'agreement-edit' },
        h('summary', {}, t('team.agreements.edit', { area: text(area.title) })),
        form,
      ),
    );
  };

  return h(
    'section',
    { class: 'card', 'aria-labelledby': 'team-agreements-title' },
    h('h2', { id: 'team-agreements-title' }, t('team.agreements.title')),
    h(
      'p',
      { class: 'meta' },
      team.role === 'owner' ? t('team.agreements.intro.owner') : t('team.agreements.intro.member'),
    ),
    ...questionnaire.areas.map(areaBlock),
  );
}
