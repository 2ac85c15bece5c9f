import { Chart } from 'chart.js';
import { useEffect, useRef } from 'preact/hooks';
import {
  isNarrow,
  isTallScreen,
  projectedRadarScale,
  radarScale,
  readableRadarScale,
  reducedMotion,
} from './radar-chart.js';
import { radarLabelSpacing } from './radar-label-spacing.js';
import { valueLabels, wrap } from './radar-labels.js';

export interface GroupRadarData {
  axes: string[];
  mean: Array<number | null>;
  min: Array<number | null>;
  max: Array<number | null>;
  /** Each submitted participant's scores, one polygon each. */
  participants: Array<Array<number | null>>;
  labels: { mean: string; spread: string; participants: string };
}

const MEAN = '#1d4f91';
const BAND = 'rgba(29, 79, 145, 0.16)';
const BAND_EDGE = 'rgba(29, 79, 145, 0.45)';
/**
 * Each association: a solid mid-grey line with small round points, thinner than the mean and
 * without its dash or fill, so that mean, range and associations stay apart in greyscale too.
 * Its legend swatch is filled with the line's grey (a transparent fill drew a white box).
 */
const PARTICIPANT = 'rgba(85, 85, 85, 0.8)';
const PARTICIPANT_SWATCH = 'rgba(85, 85, 85, 0.35)';

type RadarChart = Chart<'radar', Array<number | null>, string | string[]>;

function datasets(data: GroupRadarData) {
  return [
    {
      label: data.labels.mean,
      data: data.mean,
      borderColor: MEAN,
      backgroundColor: 'rgba(29, 79, 145, 0.05)',
      pointBackgroundColor: MEAN,
      borderWidth: 4,
      pointRadius: 5,
      fill: false,
      spanGaps: false,
      // Chart.js draws the highest order first: the band, then the associations, the mean last.
      order: 1,
    },
    {
      label: data.labels.spread,
      data: data.max,
      borderColor: BAND_EDGE,
      backgroundColor: BAND,
      borderWidth: 1,
      borderDash: [4, 4],
      pointRadius: 0,
      // Filled down to the next dataset, the minimum: the band between the two.
      fill: '+1',
      spanGaps: false,
      order: 3,
    },
    {
      label: `${data.labels.spread} (min)`,
      data: data.min,
      borderColor: BAND_EDGE,
      backgroundColor: BAND,
      borderWidth: 1,
      borderDash: [4, 4],
      pointRadius: 0,
      fill: false,
      spanGaps: false,
      order: 3,
    },
    ...data.participants.map((values, index) => ({
      label: index === 0 ? data.labels.participants : `${data.labels.participants} ${index + 1}`,
      data: values,
      borderColor: PARTICIPANT,
      backgroundColor: PARTICIPANT_SWATCH,
      pointBackgroundColor: '#fff',
      pointBorderColor: PARTICIPANT,
      borderWidth: 1.5,
      pointRadius: 2.5,
      fill: false,
      spanGaps: false,
      order: 2,
    })),
  ];
}

/**
 * The group's radar: the mean polygon in ink, the spread from the lowest to the highest score of
 * each area as a band (the max polygon filled down to the min polygon), and each participant's
 * polygon underneath, thin and grey. Redrawn in place as the dashboard refreshes, without animation, so that a
 * projected chart does not jump every few seconds.
 */
export function GroupRadar({
  data,
  levelSteps,
  readable = false,
  projected = false,
}: {
  data: GroupRadarData;
  levelSteps: number[];
  /**
   * Read by volunteers on their phones (the team view): the mean's value in each label, 12 px
   * text, ticks under the data, as on a volunteer's own radar. The workshop's projected radar
   * keeps its look.
   */
  readable?: boolean;
  /** On the projector's view: labels, legend and lines sized for the back of the room. */
  projected?: boolean;
}) {
  const canvas = useRef<HTMLCanvasElement>(null);
  const chart = useRef<RadarChart | undefined>(undefined);
  useEffect(() => () => chart.current?.destroy(), []);
  useEffect(() => {
    const narrow = isNarrow();
    // Wrapped on every screen: long area names would otherwise shrink the chart to a stamp.
    const labels = readable
      ? valueLabels(data.axes, data.mean, narrow)
      : data.axes.map((axis) => wrap(axis, narrow ? 14 : projected ? 16 : 18));
    if (chart.current) {
      chart.current.data.labels = labels;
      chart.current.data.datasets = datasets(data);
      chart.current.update('none');
      return;
    }
    chart.current = new Chart<'radar', Array<number | null>, string | string[]>(canvas.current!, {
      type: 'radar',
      data: { labels, datasets: datasets(data) },
      plugins: readable ? [radarLabelSpacing] : [],
      options: {
        animation: reducedMotion() ? false : { duration: 400 },
        maintainAspectRatio: false,
        scales: {
          r: readable
            ? readableRadarScale(levelSteps, narrow)
            : projected
              ? projectedRadarScale(levelSteps)
              : radarScale(levelSteps, narrow),
        },
        plugins: {
          legend: {
            display: true,
            // One entry each for the mean, the spread and the participants.
            labels: {
              color: '#1a1a1a',
              ...(projected ? { font: { size: isTallScreen() ? 20 : 16 }, boxWidth: 32 } : {}),
              filter: (item) =>
                (item.datasetIndex !== undefined && item.datasetIndex <= 1) ||
                item.datasetIndex === 3,
            },
          },
          tooltip: { filter: (item) => item.datasetIndex === 0 },
        },
      },
    });
  }, [data, readable, projected]);
  const variant = readable ? ' readable' : projected ? ' projected' : '';
  return (
    <div class={`radar group-radar${variant}`}>
      <canvas ref={canvas} aria-hidden="true" role="img" />
    </div>
  );
}
