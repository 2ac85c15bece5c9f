import type { ComponentChildren } from 'preact';
import { useMemo } from 'preact/hooks';
import type { Questionnaire } from '../../../src/domain/questionnaire/questionnaire-schema.js';
import { t } from '../i18n.js';
import { AreaFeedback } from './area-feedback.js';
import { FirstActions } from './first-actions.js';
import { ProgressSection } from './progress-section.js';
import { RadarChart } from './radar-chart.js';
import { ResultsPlan } from './results-plan.js';
import { resultsModel, type ResultsData, type ResultsModel } from './results-model.js';

export type { ResultsData } from './results-model.js';

export interface ResultsViewProps {
  response: ResultsData;
  questionnaire: Questionnaire;
  /** The page's heading (the association's name is added under it). */
  title: string;
  /** The control that downloads the PDF, at the top. */
  report: ComponentChildren;
  /** Sections after the action plan (the answers, for a facilitator allowed to see them). */
  extra?: ComponentChildren;
  /** The radar's name for this response's polygon ("Votre association" by default). */
  seriesLabel?: string;
  /** The links and buttons at the bottom. */
  actions: ComponentChildren;
  /** The heading's ref, for the page that gives it the focus. */
  headingRef?: preact.Ref<HTMLHeadingElement>;
  /** An h2 where the results are a section of a page with its own h1 (the preview). */
  titleLevel?: 'h1' | 'h2';
}

/**
 * A submitted response's results: the overall index and level, the radar (with the previous
 * diagnosis and the peer group's average when there are) and its table, each area, and the
 * action plan by horizon. The volunteer's results page and the facilitator's views draw it.
 */
export function ResultsView(props: ResultsViewProps) {
  const { response, questionnaire } = props;
  const model = useMemo(
    () => resultsModel(response, questionnaire, props.seriesLabel),
    [response, questionnaire, props.seriesLabel],
  );
  const Title = props.titleLevel ?? 'h1';
  return (
    <>
      <section class="card overall">
        <Title ref={props.headingRef}>
          {props.title}
          {/* The name on a line of its own, smaller: a long one stays readable on a phone. The
              dash is for screen readers and copied text, which run the two together otherwise. */}
          {response.associationName && (
            <span class="heading-name">
              <span class="visually-hidden"> — </span>
              {response.associationName}
            </span>
          )}
        </Title>
        <p class="overall-score">{model.overallText}</p>
        {model.overallLevel && (
          <p>
            <strong>{t('results.level', { level: model.overallLevel.title })}</strong>
            {' — '}
            {model.overallLevel.description}
          </p>
        )}
        {props.report}
      </section>
      <RadarSection model={model} />
      {response.guidance && (
        <FirstActions
          actions={response.guidance.firstActions}
          areaTitle={model.areaTitle}
          grade={model.grade}
        />
      )}
      {response.progress && (
        <ProgressSection progress={response.progress} questionnaire={questionnaire} />
      )}
      <section class="card" aria-labelledby="areas-title">
        <h2 id="areas-title">{t('results.areas.title')}</h2>
        {model.areas.map((area) => {
          const guidance = response.guidance?.areas.find((g) => g.areaId === area.id);
          return (
            <article class="area" key={area.id}>
              <h3>
                {area.score !== null
                  ? t('results.area.score', { area: area.title, score: area.scoreText })
                  : t('results.area.status', { area: area.title, status: area.scoreText })}
              </h3>
              {area.level && (
                <p>
                  <strong>{area.level.title}</strong>
                  {/* The area's own text replaces the level's paragraph, the same for every area. */}
                  {!guidance?.levelText && ` — ${area.level.description}`}
                </p>
              )}
              {guidance && <AreaFeedback guidance={guidance} />}
            </article>
          );
        })}
      </section>
      <ResultsPlan
        model={model}
        byArea={
          response.guidance && response.guidance.firstActions.length > 0
            ? response.guidance.otherActions
            : undefined
        }
      />
      {props.extra}
      <p class="actions">{props.actions}</p>
    </>
  );
}

function RadarSection({ model }: { model: ResultsModel }) {
  const peers = model.peerGroupSize;
  return (
    <section class="card" aria-labelledby="radar-title">
      <h2 id="radar-title">{t('results.radar.title')}</h2>
      <RadarChart axes={model.axes} series={model.series} levelSteps={model.levelSteps} />
      <p class="meta">{model.levelsText}</p>
      {peers !== undefined && (
        <p class="peers-note">
          {t(model.hasProgress ? 'results.peers.noteFaint' : 'results.peers.note', { n: peers })}
        </p>
      )}
      <table class="scores">
        <caption>{t('results.table.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('results.table.area')}</th>
            <th scope="col">{t('results.table.score')}</th>
            <th scope="col">{t('results.table.level')}</th>
            {peers !== undefined && <th scope="col">{t('results.peers.column', { n: peers })}</th>}
          </tr>
        </thead>
        <tbody>
          {model.areas.map((area) => (
            <tr key={area.id}>
              <th scope="row">{area.title}</th>
              <td>{area.scoreText}</td>
              <td>{area.level?.title ?? '—'}</td>
              {area.peerText !== undefined && <td>{area.peerText}</td>}
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
