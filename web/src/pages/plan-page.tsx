import { Fragment } from 'preact';
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { ActionPlanItem } from '../../../src/domain/action-plan/action-plan-schema.js';
import { localize } from '../../../src/domain/questionnaire/localize.js';
import type { Questionnaire } from '../../../src/domain/questionnaire/questionnaire-schema.js';
import { api, type Credentials, type ResponseView } from '../api.js';
import { DownloadButton } from '../components/download-button.js';
import { OwnActionForm } from '../components/own-action-form.js';
import { PlanActionEditor } from '../components/plan-action-editor.js';
import { planSaver } from '../components/plan-saver.js';
import { PriorityPicker } from '../components/priority-picker.js';
import { ReportButton } from '../components/report-button.js';
import { ResumeBox } from '../components/resume-box.js';
import { announce } from '../announce.js';
import { formatList, formatNumber, locale, t } from '../i18n.js';
import { navigate } from '../navigate.js';
import { planApi, type PlanActionView, type PlanView } from '../plan-api.js';
import { links } from '../routes.js';
import { useFocusHeading } from '../use-focus-heading.js';
import { useLoad } from '../use-load.js';
import { ErrorPage } from './error-page.js';

interface Loaded {
  response: ResponseView;
  /** Absent for a draft: it has no plan yet, its diagnosis opens instead. */
  questionnaire?: Questionnaire;
  plan?: PlanView;
}

type Area = { id: string; title: string };

/**
 * The plan the association owns: choose two or three priority areas, turn the proposals of
 * those areas into its own actions (what, who, by when, free or paid, status), add its own,
 * and take it away as a calendar file and in the PDF. Every change is saved at once and the
 * page says so.
 */
export function PlanPage({ credentials }: { credentials: Credentials }) {
  const [attempt, setAttempt] = useState(0);
  // The plan's and the guidance's words follow the page's language: a switch reads them again.
  const lang = locale();
  const loaded = useLoad<Loaded>(async () => {
    const response = await api.response(credentials, lang);
    if (response.status !== 'submitted') return { response };
    const [questionnaire, plan] = await Promise.all([
      api.questionnaire(response.questionnaireId, response.version),
      planApi.plan(credentials, lang),
    ]);
    return { response, questionnaire, plan };
  }, [credentials, attempt, lang]);
  const draft = loaded.state === 'loaded' && !loaded.value.plan;
  useEffect(() => {
    if (draft) navigate(links.diagnosis(credentials.id));
  }, [draft]);
  if (loaded.state === 'failed')
    return <ErrorPage error={loaded.error} retry={() => setAttempt((n) => n + 1)} />;
  if (loaded.state === 'loading') return <p role="status">{t('plan.loading')}</p>;
  const { response, questionnaire, plan } = loaded.value;
  if (!questionnaire || !plan) return null;
  return (
    <Plan credentials={credentials} response={response} questionnaire={questionnaire} plan={plan} />
  );
}

function Plan(props: {
  credentials: Credentials;
  response: ResponseView;
  questionnaire: Questionnaire;
  plan: PlanView;
}) {
  const { credentials, response, questionnaire, plan } = props;
  const heading = useFocusHeading<HTMLHeadingElement>();
  const saving = useMemo(() => planSaver(), []);
  const [priorities, setPriorities] = useState(plan.priorities);
  const suggested = plan.suggestedPriorities;
  const [actions, setActions] = useState(plan.actions);
  // Where the keyboard goes once the list is drawn: the new action's "who", or the list's title
  // when the action that had the focus is gone.
  const [focusNext, setFocusNext] = useState<string>();
  const actionsTitle = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (!focusNext) return;
    const target =
      focusNext === 'actions-title' ? actionsTitle.current : document.getElementById(focusNext);
    if (target && focusNext === 'actions-title') target.tabIndex = -1;
    target?.focus();
    setFocusNext(undefined);
  }, [focusNext]);

  const text = (s: Record<string, string>) => localize(s, locale(), questionnaire.defaultLocale);
  const areas: Area[] = questionnaire.areas.map((area) => ({
    id: area.id,
    title: text(area.title),
  }));
  const areaTitle = (id: string | null) => areas.find((area) => area.id === id)?.title ?? '';
  const scoreOf = (id: string) => {
    const area = response.profile.areas.find((item) => item.id === id);
    if (!area || area.score === null) return t('results.insufficient');
    return t('plan.priorities.score', { score: formatNumber(area.score) });
  };

  const added = (action: PlanActionView) => {
    setActions((list) => [...list, action]);
    announce(t('plan.proposals.added', { title: action.title }));
    setFocusNext(`action-${action.id}-owner`);
  };
  const addProposal = async (item: ActionPlanItem) => {
    const action = await saving(() => planApi.add(credentials, { recommendationId: item.id }));
    if (action) added(action);
    return action !== undefined;
  };
  const addOwn = async (own: { title: string; areaId?: string }) => {
    const action = await saving(() => planApi.add(credentials, own));
    if (action) added(action);
    return action !== undefined;
  };
  const change = async (action: PlanActionView, changes: Parameters<typeof planApi.change>[2]) => {
    const changed = await saving(() => planApi.change(credentials, action.id, changes));
    if (changed)
      setActions((list) => list.map((item) => (item.id === changed.id ? changed : item)));
    return changed !== undefined;
  };
  const remove = async (action: PlanActionView) => {
    const done = await saving(() => planApi.remove(credentials, action.id).then(() => true));
    if (!done) return;
    setActions((list) => list.filter((item) => item.id !== action.id));
    announce(t('plan.action.deleted', { title: action.title }));
    setFocusNext('actions-title');
  };
  const choosePriorities = (areaIds: string[]) => {
    setPriorities(areaIds);
    void saving(() => planApi.setPriorities(credentials, areaIds));
  };

  const undated = actions.filter((action) => action.dueDate === null).length;
  return (
    <>
      <section class="card">
        <h1 ref={heading}>
          {t('plan.title')}
          {response.associationName && (
            <span class="heading-name">
              <span class="visually-hidden"> — </span>
              {response.associationName}
            </span>
          )}
        </h1>
        <p class="lead">{t('plan.intro')}</p>
      </section>
      <section class="card" aria-labelledby="priorities-title">
        <h2 id="priorities-title">{t('plan.priorities.title')}</h2>
        {/* Until the association chooses, its weakest areas are offered in one tap. */}
        {priorities.length === 0 && suggested.length > 0 && (
          <div class="priority-suggestion">
            <p id="priority-suggestion-text">
              {t('plan.priorities.suggested', {
                count: suggested.length,
                areas: formatList(suggested.map(areaTitle)),
              })}
            </p>
            <button
              type="button"
              class="primary"
              id="take-suggestion"
              aria-describedby="priority-suggestion-text"
              onClick={() => {
                choosePriorities(suggested);
                setFocusNext(`priority-${suggested[0]}`);
              }}
            >
              {t('plan.priorities.takeSuggestion', { count: suggested.length })}
            </button>
          </div>
        )}
        <PriorityPicker
          areas={areas.map((area) => ({
            ...area,
            score: scoreOf(area.id),
            suggested: suggested.includes(area.id),
          }))}
          chosen={priorities}
          onChange={choosePriorities}
        />
      </section>
      <Proposals
        proposals={plan.proposals}
        priorities={priorities}
        actions={actions}
        areaTitle={areaTitle}
        add={addProposal}
      />
      <section class="card" aria-labelledby="actions-title">
        <h2 id="actions-title" ref={actionsTitle}>
          {t('plan.actions.title', { n: actions.length })}
        </h2>
        <p class="help">{t('plan.actions.help')}</p>
        <div class="plan-actions">
          {actions.length === 0 ? (
            <p>{t('plan.actions.empty')}</p>
          ) : (
            actions.map((action) => (
              <PlanActionEditor
                key={action.id}
                action={action}
                areas={areas}
                save={(changes) => change(action, changes)}
                remove={() => void remove(action)}
              />
            ))
          )}
        </div>
        <OwnActionForm areas={areas} add={addOwn} />
      </section>
      <section class="card" aria-labelledby="take-away-title">
        <h2 id="take-away-title">{t('plan.takeAway.title')}</h2>
        <p>{t('plan.calendar.help')}</p>
        <p class="meta" id="calendar-note">
          {undated === 0 ? t('plan.calendar.allDated') : t('plan.calendar.undated', { n: undated })}
        </p>
        <DownloadButton
          id="calendar-download"
          label={t('plan.calendar.download')}
          fallbackName={t('plan.calendar.fileName')}
          fetch={() => planApi.calendar(credentials, locale())}
        />
        <ReportButton credentials={credentials} />
      </section>
      <ResumeBox credentials={credentials} />
      <p class="actions">
        <a href={links.results(credentials.id)}>{t('plan.back')}</a>
      </p>
    </>
  );
}

/**
 * The proposals of each priority area under its name, in the order the areas were chosen; the
 * others folded away. Each shows its title and button, its explanation on demand: the list
 * stays short enough to scan on a phone.
 */
function Proposals(props: {
  proposals: ActionPlanItem[];
  priorities: string[];
  actions: PlanActionView[];
  areaTitle: (id: string | null) => string;
  add: (item: ActionPlanItem) => Promise<boolean>;
}) {
  const { proposals, priorities } = props;
  const others = proposals.filter((item) => !priorities.includes(item.areaId));
  const item = (proposal: ActionPlanItem, showArea: boolean) => (
    <Proposal
      key={proposal.id}
      item={proposal}
      area={showArea ? props.areaTitle(proposal.areaId) : undefined}
      inPlan={props.actions.some((action) => action.recommendationId === proposal.id)}
      add={() => props.add(proposal)}
    />
  );
  return (
    <section class="card plan-proposals" aria-labelledby="proposals-title">
      <h2 id="proposals-title">{t('plan.proposals.title')}</h2>
      {priorities.length === 0 && <p>{t('plan.proposals.choosePriorities')}</p>}
      {priorities.map((areaId) => {
        const items = proposals.filter((proposal) => proposal.areaId === areaId);
        return (
          <Fragment key={areaId}>
            <h3 class="proposal-area">{props.areaTitle(areaId)}</h3>
            {items.length === 0 ? (
              <p class="meta">{t('plan.proposals.none')}</p>
            ) : (
              <ul class="proposals">{items.map((proposal) => item(proposal, false))}</ul>
            )}
          </Fragment>
        );
      })}
      {others.length > 0 && (
        <details class="other-proposals">
          <summary>{t('plan.proposals.others', { n: others.length })}</summary>
          <ul class="proposals">{others.map((proposal) => item(proposal, true))}</ul>
        </details>
      )}
    </section>
  );
}

function Proposal(props: {
  item: ActionPlanItem;
  area: string | undefined;
  inPlan: boolean;
  add: () => Promise<boolean>;
}) {
  const { item } = props;
  // Marked busy, not disabled, so that it keeps the focus while the action is saved.
  const [busy, setBusy] = useState(false);
  const add = async () => {
    if (busy) return;
    setBusy(true);
    if (!(await props.add())) setBusy(false);
  };
  return (
    <li class="proposal">
      <p class="item-title" id={`p-${item.id}`}>
        {item.title}
      </p>
      {props.area !== undefined && <p class="meta">{props.area}</p>}
      <details>
        <summary>{t('plan.proposals.more')}</summary>
        <p>{item.text}</p>
      </details>
      {props.inPlan ? (
        <p class="ok">{t('plan.proposals.inPlan')}</p>
      ) : (
        <button
          type="button"
          class="primary"
          id={`add-${item.id}`}
          aria-describedby={`p-${item.id}`}
          aria-disabled={busy ? 'true' : undefined}
          onClick={() => void add()}
        >
          {t('plan.proposals.add')}
        </button>
      )}
    </li>
  );
}
