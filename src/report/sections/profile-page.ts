import type { ReportArea, ResponseReport } from '../../usecases/report-ports.js';
import { drawTable } from '../pdf/draw-table.js';
import { FONT } from '../pdf/fonts.js';
import { COLOUR, CONTENT_WIDTH, PAGE, SIZE } from '../pdf/page-layout.js';
import type { ReportWriter } from '../pdf/report-writer.js';
import { drawRadar, type RadarSeries } from '../radar/draw-radar.js';
import { drawRadarLegend } from '../radar/radar-legend.js';
import type { ReportFormat } from '../report-format.js';
import { fill, type ReportTexts } from '../report-texts.js';

const RADAR_HEIGHT = 340;

/** The radar of the area scores, its legend, the same scores as a table, and the levels. */
export function drawProfilePage(
  writer: ReportWriter,
  report: ResponseReport,
  texts: ReportTexts,
  format: ReportFormat,
): void {
  const { doc } = writer;
  const left = PAGE.margins.left;
  writer.newPage();
  writer.group(writer.root, 'Sect', (section) => {
    writer.heading(section, 1, texts.profile.title);
    writer.paragraph(section, texts.profile.intro, { colour: COLOUR.muted, size: SIZE.small });

    const series: RadarSeries[] = [
      { values: report.areas.map((area) => area.score), style: 'primary' },
    ];
    const { comparison, progress } = report;
    // The previous diagnosis is the comparison that matters most to the association: drawn
    // dashed, it leaves the peer group a faint line rather than two dashed polygons.
    const peerStyle = progress ? ('faint' as const) : ('comparison' as const);
    if (progress) {
      series.push({
        values: report.areas.map((area) => progress.previousScores[area.id] ?? null),
        style: 'comparison',
      });
    }
    if (comparison) {
      series.push({
        values: report.areas.map((area) => comparison.scores[area.id] ?? null),
        style: peerStyle,
      });
    }
    drawRadar(
      writer,
      section,
      { x: left, y: doc.y + 4, width: CONTENT_WIDTH, height: RADAR_HEIGHT },
      {
        axes: report.areas.map((area) => ({
          label: area.title,
          valueText: scoreText(area, texts, format),
        })),
        bands: report.levels.map((level) => level.min),
        series,
        alt: fill(texts.profile.radarAlt, {
          scores: report.areas
            .map((area) =>
              area.score === null
                ? fill(texts.profile.radarNone, { area: area.title })
                : fill(texts.profile.radarScore, {
                    area: area.title,
                    score: format.score(area.score),
                  }),
            )
            .join(' ; '),
        }),
      },
    );
    doc.y += 10;
    drawRadarLegend(writer, section, [
      { label: texts.profile.legendResponse, style: 'primary' },
      ...(progress
        ? [
            {
              label: fill(texts.profile.legendPrevious, {
                date: format.date(progress.previousDate),
              }),
              style: 'comparison' as const,
            },
          ]
        : []),
      ...(comparison
        ? [
            {
              label: fill(texts.profile.legendPeers, { count: comparison.groupSize }),
              style: peerStyle,
            },
          ]
        : []),
    ]);

    writer.heading(section, 3, texts.profile.tableCaption);
    drawTable(writer, section, {
      columns: [
        { header: texts.profile.area, width: CONTENT_WIDTH - 110 - 150 },
        { header: texts.profile.score, width: 110, align: 'right' },
        { header: texts.profile.level, width: 150 },
      ],
      rows: report.areas.map((area) => [
        [{ text: area.title, font: FONT.semibold }],
        [{ text: scoreText(area, texts, format) }],
        [{ text: area.level?.title ?? '—' }],
      ]),
    });
  });
}

function scoreText(area: ReportArea, texts: ReportTexts, format: ReportFormat): string {
  if (area.score !== null) return `${format.score(area.score)} / 100`;
  return area.status === 'notApplicable'
    ? texts.area.notApplicableShort
    : texts.area.insufficientShort;
}
