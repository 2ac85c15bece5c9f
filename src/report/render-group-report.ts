import type { GroupReport } from '../usecases/report-ports.js';
import { drawTable } from './pdf/draw-table.js';
import { FONT } from './pdf/fonts.js';
import { drawPageDecorations } from './pdf/page-decorations.js';
import { CONTENT_WIDTH } from './pdf/page-layout.js';
import { ReportWriter } from './pdf/report-writer.js';
import { groupEn } from './locales/group-en.js';
import { groupFr, type GroupTexts } from './locales/group-fr.js';
import { reportFormat } from './report-format.js';
import { fill, reportTexts } from './report-texts.js';
import { drawCombinedCover } from './sections/combined-cover.js';
import { drawDiscussionAgenda } from './sections/discussion-agenda-section.js';
import { drawHelpPage } from './sections/help-page.js';

/** At most this many associations' polygons on the radar: beyond, the lines are only noise. */
const MEMBER_POLYGONS = 40;

/**
 * A workshop's group report, from the same pieces as an association's: cover with the counts,
 * the group radar (means, range and each association) with its table, the level counts, the
 * discussion agenda (where opinions differ, the shared priorities), the participants, and where
 * to get help.
 */
export async function renderGroupReport(report: GroupReport): Promise<Uint8Array> {
  const texts: GroupTexts = report.locale === 'en' ? groupEn : groupFr;
  const format = reportFormat(report.locale);
  const writer = new ReportWriter({
    locale: report.locale,
    title: `${texts.documentTitle} — ${report.title}`,
    subject: texts.subject,
    date: new Date(report.createdAt),
  });
  const score = (value: number | null) => (value === null ? '—' : format.score(value));
  const { counted } = format;

  drawCombinedCover(writer, {
    texts,
    title: report.title,
    date: fill(texts.date, { date: format.date(`${report.date}T12:00:00Z`) }),
    questionnaire: report.questionnaire,
    counts: [
      counted(report.counts.joined, texts.joinedCount),
      counted(report.counts.submitted, texts.submittedCount),
      fill(texts.inProgressCount, { count: report.counts.inProgress }),
    ].join(texts.countsSeparator),
    overall:
      report.overall.mean === null
        ? texts.overallNone
        : fill(format.plural(report.overall.count, texts.overall), {
            score: score(report.overall.mean),
            count: report.overall.count,
          }),
    areas: report.areas,
    bands: report.levels.map((level) => level.min),
    members: report.participants
      .filter((participant) => participant.submitted)
      .slice(0, MEMBER_POLYGONS)
      .map((participant) => participant.areaScores),
    score,
  });

  writer.newPage();
  writer.group(writer.root, 'Sect', (section) => {
    writer.heading(section, 2, texts.areaTable);
    drawTable(writer, section, {
      columns: [
        { header: texts.area, width: CONTENT_WIDTH - 4 * 70 },
        { header: texts.mean, width: 70, align: 'right' },
        { header: texts.range, width: 70, align: 'right' },
        { header: texts.spread, width: 70, align: 'right' },
        { header: texts.count, width: 70, align: 'right' },
      ],
      rows: report.areas.map((area) => [
        [{ text: area.title, font: FONT.semibold }],
        [{ text: score(area.mean) }],
        [{ text: area.min === null ? '—' : `${score(area.min)} – ${score(area.max)}` }],
        [{ text: score(area.stdDev) }],
        [{ text: String(area.count) }],
      ]),
    });
    writer.heading(section, 2, texts.levelsTitle);
    const levelWidth = Math.min(80, (CONTENT_WIDTH - 150) / Math.max(1, report.levels.length));
    drawTable(writer, section, {
      columns: [
        { header: texts.area, width: CONTENT_WIDTH - levelWidth * report.levels.length },
        ...report.levels.map((level) => ({
          header: level.title,
          width: levelWidth,
          align: 'right' as const,
        })),
      ],
      rows: report.areas.map((area) => [
        [{ text: area.title, font: FONT.semibold }],
        ...area.levelCounts.map((count) => [{ text: String(count) }]),
      ]),
    });
  });

  writer.newPage();
  writer.group(writer.root, 'Sect', (section) => {
    drawDiscussionAgenda(writer, section, report, texts, format);
    writer.heading(section, 1, texts.participantsTitle);
    drawTable(writer, section, {
      columns: [
        { header: texts.participant, width: CONTENT_WIDTH - 80 - 60 - 120 },
        { header: texts.status, width: 80 },
        { header: texts.overallScore, width: 60, align: 'right' },
        { header: texts.level, width: 120 },
      ],
      rows: report.participants.map((participant) => [
        [{ text: participant.name ?? texts.unnamed, font: FONT.semibold }],
        [{ text: participant.submitted ? texts.submitted : texts.inProgress }],
        [{ text: score(participant.overallScore) }],
        [{ text: participant.overallLevel ?? '—' }],
      ]),
    });
  });

  drawHelpPage(writer, reportTexts(report.locale));
  drawPageDecorations(writer, report.title, (page, count) =>
    fill(reportTexts(report.locale).page, { page, count }),
  );
  return writer.end();
}
