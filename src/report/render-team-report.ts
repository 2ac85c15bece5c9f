import type { TeamReport } from '../usecases/report-ports.js';
import { drawTable } from './pdf/draw-table.js';
import { FONT } from './pdf/fonts.js';
import { drawPageDecorations } from './pdf/page-decorations.js';
import { COLOUR, CONTENT_WIDTH, SIZE } from './pdf/page-layout.js';
import { ReportWriter } from './pdf/report-writer.js';
import { teamEn } from './locales/team-en.js';
import { teamFr, type TeamTexts } from './locales/team-fr.js';
import { reportFormat } from './report-format.js';
import { fill, reportTexts } from './report-texts.js';
import { drawCombinedCover } from './sections/combined-cover.js';

/**
 * An association's team report, from the same pieces as the others: cover with the combined
 * radar (the mean, and each member faintly), the table per area, the topics to discuss (counts
 * per answer, never who said what), the levels the board agreed on, and the members' scores.
 */
export async function renderTeamReport(report: TeamReport): Promise<Uint8Array> {
  const texts: TeamTexts = report.locale === 'en' ? teamEn : teamFr;
  const format = reportFormat(report.locale);
  const name = report.associationName ?? texts.unnamedAssociation;
  const writer = new ReportWriter({
    locale: report.locale,
    title: `${texts.documentTitle} — ${name}`,
    subject: texts.subject,
    date: new Date(report.createdAt),
  });
  const score = (value: number | null) => (value === null ? '—' : format.score(value));
  const { counted } = format;
  const memberName = (member: TeamReport['members'][number]) =>
    member.displayName ?? fill(texts.memberNumber, { number: member.number });

  drawCombinedCover(writer, {
    texts,
    title: name,
    questionnaire: report.questionnaire,
    counts: [
      counted(report.counts.members, texts.membersCount),
      counted(report.counts.submitted, texts.submittedCount),
    ].join(texts.countsSeparator),
    overall:
      report.overall.mean === null
        ? texts.overallNone
        : fill(format.plural(report.overall.count, texts.overall), {
            score: score(report.overall.mean),
            level: report.overall.level ?? '—',
            count: report.overall.count,
          }),
    areas: report.areas,
    bands: report.levels.map((level) => level.min),
    members: report.members.filter((member) => member.submitted).map((member) => member.areaScores),
    score,
  });

  writer.newPage();
  writer.group(writer.root, 'Sect', (section) => {
    writer.heading(section, 2, texts.areaTable);
    writer.paragraph(section, texts.areaTableIntro, { colour: COLOUR.muted, size: SIZE.small });
    drawTable(writer, section, {
      columns: [
        { header: texts.area, width: CONTENT_WIDTH - 60 - 95 - 95 - 60 - 55 },
        { header: texts.mean, width: 60, align: 'right' },
        { header: texts.level, width: 95 },
        { header: texts.range, width: 95, align: 'right' },
        { header: texts.spread, width: 60, align: 'right' },
        { header: texts.count, width: 55, align: 'right' },
      ],
      rows: report.areas.map((area) => [
        [{ text: area.title, font: FONT.semibold }],
        [{ text: score(area.mean) }],
        [{ text: area.level ?? '—' }],
        [{ text: area.min === null ? '—' : `${score(area.min)} – ${score(area.max)}` }],
        [{ text: score(area.stdDev) }],
        [{ text: String(area.count) }],
      ]),
    });

    writer.heading(section, 2, texts.topicsTitle);
    if (report.topics.length === 0) {
      writer.paragraph(section, texts.topicsEmpty);
    } else {
      writer.paragraph(
        section,
        fill(texts.topicsIntro, { threshold: format.score(report.discussionThreshold) }),
        { colour: COLOUR.muted, size: SIZE.small },
      );
      drawTable(writer, section, {
        columns: [
          { header: texts.question, width: CONTENT_WIDTH - 170 - 60 - 70 },
          { header: texts.answers, width: 170 },
          { header: texts.divergence, width: 60, align: 'right' },
          { header: texts.toDiscuss, width: 70 },
        ],
        rows: report.topics.map((topic) => [
          [
            { text: topic.question, font: FONT.semibold },
            { text: topic.areaTitle, size: SIZE.small, colour: COLOUR.muted },
          ],
          topic.distribution.map((entry) => ({
            text: fill(texts.answerCount, { answer: entry.answer, count: entry.count }),
            size: SIZE.small,
          })),
          [{ text: score(topic.divergence) }],
          [{ text: topic.toDiscuss ? texts.toDiscuss : '', font: FONT.semibold }],
        ]),
      });
    }
  });

  writer.newPage();
  writer.group(writer.root, 'Sect', (section) => {
    writer.heading(section, 2, texts.agreementsTitle);
    const agreed = report.areas.filter((area) => area.agreement !== null);
    if (agreed.length === 0) {
      writer.paragraph(section, texts.agreementsEmpty);
    } else {
      writer.paragraph(section, texts.agreementsIntro, { colour: COLOUR.muted, size: SIZE.small });
      drawTable(writer, section, {
        columns: [
          { header: texts.area, width: 150 },
          { header: texts.agreed, width: 110 },
          { header: texts.note, width: CONTENT_WIDTH - 150 - 110 },
        ],
        rows: agreed.map((area) => [
          [{ text: area.title, font: FONT.semibold }],
          [{ text: area.agreement!.level }],
          [{ text: area.agreement!.note || '—' }],
        ]),
      });
    }

    writer.heading(section, 2, texts.membersTitle);
    drawTable(writer, section, {
      columns: [
        { header: texts.member, width: CONTENT_WIDTH - 90 - 60 },
        { header: texts.status, width: 90 },
        { header: texts.overallScore, width: 60, align: 'right' },
      ],
      rows: report.members.map((member) => [
        [{ text: memberName(member), font: FONT.semibold }],
        [{ text: member.submitted ? texts.submitted : texts.inProgress }],
        [{ text: score(member.overallScore) }],
      ]),
    });
  });

  drawPageDecorations(writer, name, (page, count) =>
    fill(reportTexts(report.locale).page, { page, count }),
  );
  return writer.end();
}
