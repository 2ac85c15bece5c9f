import type { Horizon } from '../../domain/index.js';
import type { ResponseReport } from '../../usecases/report-ports.js';
import { drawTable, type CellRun } from '../pdf/draw-table.js';
import { FONT } from '../pdf/fonts.js';
import { COLOUR, CONTENT_WIDTH, SIZE } from '../pdf/page-layout.js';
import type { ReportWriter } from '../pdf/report-writer.js';
import { fill, type ReportTexts } from '../report-texts.js';

const HORIZONS: Horizon[] = ['quickWin', 'threeMonths', 'oneYear'];

/** The plan as one table a horizon: the action and its resources, its area, effort and impact. */
export function drawActionPlanSection(
  writer: ReportWriter,
  report: ResponseReport,
  texts: ReportTexts,
): void {
  writer.newPage();
  const areaTitles = new Map(report.areas.map((area) => [area.id, area.title]));
  writer.group(writer.root, 'Sect', (section) => {
    writer.heading(section, 1, texts.plan.title);
    if (report.plan.length === 0) {
      writer.paragraph(section, texts.plan.empty);
      return;
    }
    writer.paragraph(section, texts.plan.intro, { colour: COLOUR.muted, size: SIZE.small });
    for (const horizon of HORIZONS) {
      const items = report.plan.filter((item) => item.horizon === horizon);
      if (items.length === 0) continue;
      writer.group(section, 'Sect', (horizonSection) => {
        writer.heading(horizonSection, 2, `${texts.plan.horizons[horizon]} (${items.length})`);
        drawTable(writer, horizonSection, {
          columns: [
            { header: texts.plan.action, width: CONTENT_WIDTH - 2 * 50 },
            { header: texts.plan.effort, width: 50 },
            { header: texts.plan.impact, width: 50 },
          ],
          rows: items.map((item) => [
            [
              { text: item.title, font: FONT.semibold, size: SIZE.body },
              {
                text: fill(texts.plan.inArea, { area: areaTitles.get(item.areaId) ?? item.areaId }),
                colour: COLOUR.muted,
                size: 8.5,
              },
              { text: item.text },
              ...item.resources.map((resource): CellRun => ({
                // The site's name is enough to find it on paper; the link does the rest.
                text: withSiteName(resource.title, resource.url),
                link: resource.url,
                size: 8.5,
              })),
            ],
            [{ text: texts.plan.grades[item.effort] }],
            [{ text: texts.plan.grades[item.impact] }],
          ]),
        });
      });
    }
  });
}

/** "Title (site.org)", unless the title already names the site. */
function withSiteName(title: string, url: string): string {
  const site = new URL(url).hostname.replace(/^www\./, '');
  return title.toLowerCase().includes(site) ? title : `${title} (${site})`;
}
