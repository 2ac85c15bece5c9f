import {
  Chart,
  Filler,
  Legend,
  LineElement,
  PointElement,
  RadarController,
  RadialLinearScale,
  Tooltip,
} from 'chart.js';
import { useEffect, useRef } from 'preact/hooks';
import { radarLabelSpacing } from './radar-label-spacing.js';
import { valueLabels } from './radar-labels.js';
import type { RadarSeries } from './radar-series.js';

// Only what a radar needs: the rest of Chart.js stays out of the bundle.
Chart.register(
  RadarController,
  RadialLinearScale,
  PointElement,
  LineElement,
  Filler,
  Tooltip,
  Legend,
);

export type { RadarSeries } from './radar-series.js';

export const reducedMotion = () => window.matchMedia('(prefers-reduced-motion: reduce)').matches;

/**
 * The radar of area scores. The canvas is hidden from screen readers: the page gives the same
 * figures as a table. Drawn once the canvas is in the page, destroyed with the component.
 */
export function RadarChart(props: { axes: string[]; series: RadarSeries[]; levelSteps: number[] }) {
  const { axes, series, levelSteps } = props;
  const canvas = useRef<HTMLCanvasElement>(null);
  useEffect(() => {
    const narrow = isNarrow();
    const labels = valueLabels(axes, series[0]?.values ?? [], narrow);
    const chart = new Chart<'radar', Array<number | null>, string | string[]>(canvas.current!, {
      type: 'radar',
      data: {
        labels,
        datasets: series.map((s, i) =>
          s.faint
            ? {
                label: s.label,
                data: s.values,
                spanGaps: false,
                borderWidth: 1.5,
                borderColor: '#767676',
                backgroundColor: 'rgba(0, 0, 0, 0)',
                pointBackgroundColor: '#767676',
                pointRadius: 2,
                borderDash: [2, 3],
                fill: false,
              }
            : {
                label: s.label,
                data: s.values,
                spanGaps: false,
                borderWidth: 3,
                borderColor: i === 0 ? '#1d4f91' : '#8a4b00',
                backgroundColor: i === 0 ? 'rgba(29, 79, 145, 0.2)' : 'rgba(138, 75, 0, 0.1)',
                pointBackgroundColor: i === 0 ? '#1d4f91' : '#8a4b00',
                pointRadius: 4,
                // The comparison dashed as well as coloured: told apart without colour vision too.
                borderDash: i === 0 ? [] : [8, 5],
                fill: true,
              },
        ),
      },
      plugins: [radarLabelSpacing],
      options: {
        animation: reducedMotion() ? false : { duration: 600 },
        maintainAspectRatio: false,
        scales: { r: readableRadarScale(levelSteps, narrow) },
        plugins: { legend: { display: series.length > 1 } },
      },
    });
    return () => chart.destroy();
  }, [axes, series, levelSteps]);
  // A legend takes a line a series: the container grows so that the chart keeps its size.
  return (
    <>
      <div class={series.length > 1 ? 'radar readable with-legend' : 'radar readable'}>
        <canvas ref={canvas} aria-hidden="true" role="img" />
      </div>
      {/* The areas by their numbers on the phone's chart; shown on narrow screens only. Hidden
          from screen readers as the canvas is: the table says it all. */}
      <ol class="radar-key" aria-hidden="true">
        {axes.map((axis) => (
          <li key={axis}>{axis}</li>
        ))}
      </ol>
    </>
  );
}

/**
 * The radial scale of every radar of the app: 0-100, with rings at the level boundaries so that a
 * level can be read off the chart.
 */
export function radarScale(levelSteps: number[], narrow: boolean) {
  return {
    min: 0,
    max: 100,
    afterBuildTicks: (scale: { ticks: Array<{ value: number }> }) => {
      scale.ticks = [0, ...levelSteps, 100].map((value) => ({ value }));
    },
    ticks: {
      backdropColor: 'rgba(255,255,255,0.8)',
      color: '#333',
      font: { size: narrow ? 10 : 12 },
      z: 1,
    },
    pointLabels: { color: '#1a1a1a', font: { size: narrow ? 10 : 13 } },
    grid: { color: '#b8b8b8' },
    angleLines: { color: '#d0d0d0' },
  };
}

/**
 * The scale of a radar a volunteer reads, on a phone first: labels and ticks at 12 px at least,
 * and the ticks drawn under the polygons (z 0) on their backdrop, so that they never cover the
 * data. The workshop's projected radar keeps `radarScale`.
 */
export function readableRadarScale(levelSteps: number[], narrow: boolean) {
  const scale = radarScale(levelSteps, narrow);
  return {
    ...scale,
    ticks: { ...scale.ticks, font: { size: 12 }, z: 0, backdropPadding: 1 },
    pointLabels: {
      color: '#1a1a1a',
      font: { size: narrow ? 12 : 13, lineHeight: 1.15 },
      padding: narrow ? 3 : 6,
    },
  };
}

/**
 * The scale of the radar on the projector, read from the back of a room: labels at 17 px and
 * ticks at 14 px on a 1280x720 screen, 24 and 18 px on 1920x1080.
 */
export function projectedRadarScale(levelSteps: number[]) {
  const scale = radarScale(levelSteps, false);
  const large = isTallScreen();
  return {
    ...scale,
    ticks: { ...scale.ticks, font: { size: large ? 18 : 14 } },
    pointLabels: {
      color: '#1a1a1a',
      font: { size: large ? 24 : 17, lineHeight: 1.1 },
      padding: 8,
    },
  };
}

/** A 1080-line projector rather than a 720-line one: the projected radar's text grows with it. */
export const isTallScreen = () => window.innerHeight >= 1000;

/** Phones and narrow windows: the same test the CSS makes at 37.5rem. */
export const isNarrow = () => window.innerWidth < 600;
