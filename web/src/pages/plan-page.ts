import type { ActionPlanItem } from '../../../src/domain/action-plan/action-plan-schema.js';
import { links } from '../routes.js';
import { localize } from '../../../src/domain/questionnaire/localize.js';
import type { Questionnaire } from '../../../src/domain/questionnaire/questionnaire-schema.js';
import { api, type Credentials, type ResponseView } from '../api.js';
import { downloadButton } from '../components/download-button.js';
import { ownActionForm } from '../components/own-action-form.js';
import { planActionEditor } from '../components/plan-action-editor.js';
import { planSaver } from '../components/plan-saver.js';
import { priorityPicker } from '../components/priority-picker.js';
import { reportButton } from '../components/report-button.js';
import { announce, h, showPage } from '../dom.js';
import { formatNumber, locale, t } from '../i18n.js';
import { planApi, type PlanActionView, type PlanView } from '../plan-api.js';
import { showError } from './error-page.js';

/**
 * The plan the association owns (#/plan/<id>): choose two or three priority areas, turn the
 * proposals of those areas into its own actions (what, who, by when, free or paid, status), add
 * its own, and take it away as a calendar file and in the PDF. Every change is saved at once
 * and the page says so.
 */
export async function showPlan(
  root: HTMLElement,
  credentials: Credentials,
  navigate: (path: string) => void,
): Promise<void> {
  let response: ResponseView;
  let questionnaire: Questionnaire;
  let plan: PlanView;
  root.replaceChildren(h('p', { role: 'status' }, t('plan.loading')));
  try {
    response = await api.response(credentials);
    if (response.status !== 'submitted') {
      navigate(links.diagnosis(credentials.id));
      return;
    }
    [questionnaire, plan] = await Promise.all([
      api.questionnaire(response.questionnaireId, response.version),
      planApi.plan(credentials),
    ]);
  } catch (error) {
    showError(root, error, () => void showPlan(root, credentials, navigate));
    return;
  }
  const text = (s: Record<string, string>) => localize(s, locale(), questionnaire.defaultLocale);
  const areas = questionnaire.areas.map((area) => ({ id: area.id, title: text(area.title) }));
  const areaTitle = (id: string | null) => areas.find((area) => area.id === id)?.title ?? '';
  let priorities = [...plan.priorities];
  let actions = [...plan.actions];

  const saving = planSaver();

  const proposalsSection = h('section', { class: 'card', 'aria-labelledby': 'proposals-title' });
  const actionsList = h('div', { class: 'plan-actions' });
  const actionsTitle = h('h2', { id: 'actions-title' });
  const calendarNote = h('p', { class: 'meta', id: 'calendar-note' });

  // The proposals of each priority area under its name, in the order the areas were chosen;
  // the others folded away. Each shows its title and button, its explanation on demand: the
  // list stays short enough to scan on a phone.
  const drawProposals = () => {
    const others = plan.proposals.filter((item) => !priorities.includes(item.areaId));
    const groups = priorities.map((areaId) => ({
      areaId,
      items: plan.proposals.filter((item) => item.areaId === areaId),
    }));
    const nodes: Node[] = [h('h2', { id: 'proposals-title' }, t('plan.proposals.title'))];
    if (priorities.length === 0) nodes.push(h('p', {}, t('plan.proposals.choosePriorities')));
    for (const group of groups) {
      nodes.push(
        h('h3', { class: 'proposal-area' }, areaTitle(group.areaId)),
        group.items.length === 0
          ? h('p', { class: 'meta' }, t('plan.proposals.none'))
          : h(
              'ul',
              { class: 'proposals' },
              ...group.items.map((item) => proposalItem(item, false)),
            ),
      );
    }
    if (others.length > 0) {
      nodes.push(
        h(
          'details',
          { class: 'other-proposals' },
          h('summary', {}, t('plan.proposals.others', { n: others.length })),
          h('ul', { class: 'proposals' }, ...others.map((item) => proposalItem(item, true))),
        ),
      );
    }
    proposalsSection.replaceChildren(...nodes);
  };

  const proposalItem = (item: ActionPlanItem, showArea: boolean) => {
    const inPlan = actions.some((action) => action.recommendationId === item.id);
    const add = h(
      'button',
      {
        type: 'button',
        class: 'primary',
        id: `add-${item.id}`,
        'aria-describedby': `p-${item.id}`,
      },
      t('plan.proposals.add'),
    );
    add.addEventListener('click', async () => {
      if (add.getAttribute('aria-disabled') === 'true') return;
      add.setAttribute('aria-disabled', 'true');
      const added = await saving(() => planApi.add(credentials, { recommendationId: item.id }));
      if (added) {
        actions.push(added);
        drawActions();
        drawProposals();
        announce(t('plan.proposals.added', { title: added.title }));
        // The button is gone: the keyboard goes on where the new action asks for who does it.
        document.getElementById(`action-${added.id}-owner`)?.focus();
      } else add.removeAttribute('aria-disabled');
    });
    return h(
      'li',
      { class: 'proposal' },
      h('p', { class: 'item-title', id: `p-${item.id}` }, item.title),
      showArea ? h('p', { class: 'meta' }, areaTitle(item.areaId)) : null,
      h('details', {}, h('summary', {}, t('plan.proposals.more')), h('p', {}, item.text)),
      inPlan ? h('p', { class: 'ok' }, t('plan.proposals.inPlan')) : add,
    );
  };

  const drawActions = () => {
    actionsTitle.textContent = t('plan.actions.title', { n: actions.length });
    actionsList.replaceChildren(
      ...(actions.length === 0
        ? [h('p', {}, t('plan.actions.empty'))]
        : actions.map((action) =>
            planActionEditor(action, {
              areas,
              save: async (changes) => {
                const changed = await saving(() => planApi.change(credentials, action.id, changes));
                if (changed) replaceAction(changed);
                return changed !== undefined;
              },
              remove: () => void removeAction(action),
            }),
          )),
    );
    drawCalendarNote();
  };

  const replaceAction = (changed: PlanActionView) => {
    actions = actions.map((action) => (action.id === changed.id ? changed : action));
    drawCalendarNote();
  };

  const removeAction = async (action: PlanActionView) => {
    const done = await saving(() => planApi.remove(credentials, action.id).then(() => true));
    if (!done) return;
    actions = actions.filter((item) => item.id !== action.id);
    drawActions();
    drawProposals();
    announce(t('plan.action.deleted', { title: action.title }));
    actionsTitle.tabIndex = -1;
    actionsTitle.focus();
  };

  const drawCalendarNote = () => {
    const undated = actions.filter((action) => action.dueDate === null).length;
    calendarNote.textContent =
      undated === 0 ? t('plan.calendar.allDated') : t('plan.calendar.undated', { n: undated });
  };

  const ownForm = ownActionForm(areas, async (action) => {
    const added = await saving(() => planApi.add(credentials, action));
    if (!added) return false;
    actions.push(added);
    drawActions();
    announce(t('plan.proposals.added', { title: added.title }));
    document.getElementById(`action-${added.id}-owner`)?.focus();
    return true;
  });

  const scoreOf = (id: string) => {
    const area = response.profile.areas.find((item) => item.id === id);
    if (!area || area.score === null) return t('results.insufficient');
    return t('plan.priorities.score', { score: formatNumber(area.score) });
  };

  drawProposals();
  drawActions();
  showPage(
    root,
    h(
      'section',
      { class: 'card' },
      h(
        'h1',
        {},
        t('plan.title'),
        response.associationName
          ? h(
              'span',
              { class: 'heading-name' },
              h('span', { class: 'visually-hidden' }, ' — '),
              response.associationName,
            )
          : null,
      ),
      h('p', { class: 'lead' }, t('plan.intro')),
    ),
    h(
      'section',
      { class: 'card', 'aria-labelledby': 'priorities-title' },
      h('h2', { id: 'priorities-title' }, t('plan.priorities.title')),
      priorityPicker(
        areas.map((area) => ({ ...area, score: scoreOf(area.id) })),
        priorities,
        (areaIds) => {
          priorities = areaIds;
          drawProposals();
          void saving(() => planApi.setPriorities(credentials, areaIds));
        },
      ),
    ),
    proposalsSection,
    h(
      'section',
      { class: 'card', 'aria-labelledby': 'actions-title' },
      actionsTitle,
      h('p', { class: 'help' }, t('plan.actions.help')),
      actionsList,
      ownForm,
    ),
    h(
      'section',
      { class: 'card', 'aria-labelledby': 'take-away-title' },
      h('h2', { id: 'take-away-title' }, t('plan.takeAway.title')),
      h('p', {}, t('plan.calendar.help')),
      calendarNote,
      downloadButton({
        id: 'calendar-download',
        label: t('plan.calendar.download'),
        fallbackName: t('plan.calendar.fileName'),
        fetch: () => planApi.calendar(credentials, locale()),
      }),
      reportButton(credentials),
    ),
    h('p', { class: 'actions' }, h('a', { href: links.results(credentials.id) }, t('plan.back'))),
  );
}
