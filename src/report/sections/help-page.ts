import { COLOUR, CONTENT_WIDTH, PAGE, SIZE } from '../pdf/page-layout.js';
import type { ReportWriter } from '../pdf/report-writer.js';
import type { ReportTexts } from '../report-texts.js';

/** The last page: where an association finds people to help it act on the plan. */
export function drawHelpPage(writer: ReportWriter, texts: ReportTexts): void {
  const { doc } = writer;
  writer.newPage();
  writer.group(writer.root, 'Sect', (section) => {
    writer.heading(section, 1, texts.help.title);
    writer.paragraph(section, texts.help.intro, { after: 10 });
    for (const entry of texts.help.entries) {
      writer.heading(section, 3, entry.name);
      writer.paragraph(section, entry.text, { size: SIZE.small, after: 2 });
      const links = [{ title: entry.url.replace(/^https:\/\//, ''), url: entry.url }];
      for (const more of 'more' in entry ? (entry.more ?? []) : []) {
        links.push({
          title: `${more.title} — ${more.url.replace(/^https:\/\//, '')}`,
          url: more.url,
        });
      }
      for (const link of links)
        writer.link(section, link.title, link.url, PAGE.margins.left, CONTENT_WIDTH);
      doc.y += 8;
    }
    doc.y += 10;
    writer.paragraph(section, texts.help.closing, { size: SIZE.small, colour: COLOUR.muted });
  });
}
