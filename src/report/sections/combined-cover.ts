import { FONT } from '../pdf/fonts.js';
import { COLOUR, CONTENT_WIDTH, PAGE, SIZE } from '../pdf/page-layout.js';
import type { ReportWriter } from '../pdf/report-writer.js';
import { drawRadar, type RadarSeries } from '../radar/draw-radar.js';
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
}

/**
 * The first page of a report that combines several diagnoses (a team's, a workshop's): what it
 * is, the counts and the overall mean, then the radar of the means with each diagnosis faintly.
 */
export interface CombinedCover {
  texts: CombinedCoverTexts;
  title: string;
  /** A line printed under the title, worded by the caller (a workshop's day). */
  date?: string;
  questionnaire: { title: string; version: string };
  counts: string;
  overall: string;
  areas: Array<{ title: string; mean: number | null }>;
  /** Level boundaries, shaded on the radar. */
  bands: number[];
  /** Each diagnosis's area scores, aligned with `areas`, drawn faintly under the means. */
  faint: Array<Array<number | null>>;
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
    // The faint ones first, so that the means are drawn over them.
    const series: RadarSeries[] = [
      ...cover.faint.map((values): RadarSeries => ({ values, style: 'faint' })),
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
  });
}
