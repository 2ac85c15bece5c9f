import { FONT } from '../pdf/fonts.js';
import { COLOUR, CONTENT_WIDTH, PAGE, SIZE } from '../pdf/page-layout.js';
import type { ReportWriter } from '../pdf/report-writer.js';
import { drawRadar, type RadarSeries } from '../radar/draw-radar.js';
import { drawRadarLegend } from '../radar/radar-legend.js';
import { fill } from '../report-texts.js';

/** How a report that combines several diagnoses words its cover. */
export interface CombinedCoverTexts {
  kicker: string;
  /** `{title}`, `{version}`. */
  questionnaire: string;
  profileTitle: string;
  profileIntro: string;
  /** `{scores}`: each area's `radarScore` or `radarNone`, joined. */
  radarAlt: string;
  /** `{area}`, `{score}`. */
  radarScore: string;
  /** `{area}`. */
  radarNone: string;
  legendMean: string;
  legendRange: string;
  /** Each diagnosis's own polygon: "Chaque association", "Chaque membre". */
  legendMembers: string;
}

/**
 * The first page of a report that combines several diagnoses (a team's, a workshop's): what it
 * is, the counts and the overall mean, then the radar: the means, the band from the lowest to the
 * highest score, each diagnosis's own polygon, and a legend that tells them apart in greyscale.
 */
export interface CombinedCover {
  texts: CombinedCoverTexts;
  title: string;
  /** A line printed under the title, worded by the caller (a workshop's day). */
  date?: string;
  questionnaire: { title: string; version: string };
  counts: string;
  overall: string;
  /** Each area's mean, and its lowest and highest score (the band around the mean). */
  areas: Array<{ title: string; mean: number | null; min: number | null; max: number | null }>;
  /** Level boundaries, shaded on the radar. */
  bands: number[];
  /** Each diagnosis's area scores, aligned with `areas`, drawn thin and grey under the means. */
  members: Array<Array<number | null>>;
  /** A score as printed; null as a dash. */
  score: (value: number | null) => string;
}

/** Draws the cover of a team or group report as its own section, with the radar. */
export function drawCombinedCover(writer: ReportWriter, cover: CombinedCover): void {
  const { doc } = writer;
  const { texts, score } = cover;
  writer.group(writer.root, 'Sect', (section) => {
    doc.y = PAGE.margins.top + 40;
    writer.paragraph(section, texts.kicker.toUpperCase(), {
      font: FONT.semibold,
      size: SIZE.small,
      colour: COLOUR.accent,
      after: 4,
    });
    writer.heading(section, 1, cover.title);
    if (cover.date !== undefined) {
      writer.paragraph(section, cover.date, { colour: COLOUR.muted, after: 2 });
    }
    writer.paragraph(
      section,
      fill(texts.questionnaire, {
        title: cover.questionnaire.title,
        version: cover.questionnaire.version,
      }),
      { colour: COLOUR.muted, after: 14 },
    );
    writer.paragraph(section, cover.counts, { font: FONT.semibold });
    writer.paragraph(section, cover.overall, { font: FONT.semibold, size: SIZE.h3 });

    writer.heading(section, 2, texts.profileTitle);
    writer.paragraph(section, texts.profileIntro, { colour: COLOUR.muted, size: SIZE.small });
    // The band first, then the diagnoses, so that the means are drawn over them.
    const series: RadarSeries[] = [
      {
        style: 'range',
        values: cover.areas.map((area) => area.max),
        lower: cover.areas.map((area) => area.min),
      },
      ...cover.members.map((values): RadarSeries => ({ values, style: 'member' })),
      { values: cover.areas.map((area) => area.mean), style: 'primary' },
    ];
    writer.ensureSpace(330);
    drawRadar(
      writer,
      section,
      { x: PAGE.margins.left, y: doc.y + 4, width: CONTENT_WIDTH, height: 300 },
      {
        axes: cover.areas.map((area) => ({
          label: area.title,
          valueText: `${score(area.mean)} / 100`,
        })),
        bands: cover.bands,
        series,
        alt: fill(texts.radarAlt, {
          scores: cover.areas
            .map((area) =>
              area.mean === null
                ? fill(texts.radarNone, { area: area.title })
                : fill(texts.radarScore, { area: area.title, score: score(area.mean) }),
            )
            .join(' ; '),
        }),
      },
    );
    doc.y += 10;
    drawRadarLegend(writer, section, [
      { label: texts.legendMean, style: 'primary' },
      { label: texts.legendRange, style: 'range' },
      ...(cover.members.length > 0
        ? [{ label: texts.legendMembers, style: 'member' as const }]
        : []),
    ]);
  });
}
